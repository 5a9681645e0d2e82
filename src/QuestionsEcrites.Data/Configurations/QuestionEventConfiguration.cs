using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace QuestionsEcrites.Data.Configurations;

internal sealed class QuestionEventConfiguration : IEntityTypeConfiguration<QuestionEvent>
{
    public void Configure(EntityTypeBuilder<QuestionEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Label).HasMaxLength(400);
        builder.HasIndex(e => new { e.QuestionId, e.Kind, e.Date });
    }
}
