using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace QuestionsEcrites.Data.Configurations;

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> builder)
    {
        builder.HasKey(a => a.QuestionId);
        builder.HasIndex(a => a.PublishedOn);
    }
}
