using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QuestionsEcrites.Data.Duplicates;

namespace QuestionsEcrites.Data.Configurations;

internal sealed class TextSignatureConfiguration : IEntityTypeConfiguration<TextSignature>
{
    public void Configure(EntityTypeBuilder<TextSignature> builder)
    {
        builder.HasKey(s => new { s.QuestionId, s.Kind });
        builder.HasOne<Question>().WithMany().HasForeignKey(s => s.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdenticalTextConfiguration : IEntityTypeConfiguration<IdenticalText>
{
    public void Configure(EntityTypeBuilder<IdenticalText> builder)
    {
        builder.HasKey(l => new { l.Kind, l.QuestionId, l.OtherId });
        builder.HasIndex(l => l.OtherId);
        builder.HasOne<Question>().WithMany().HasForeignKey(l => l.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Question>().WithMany().HasForeignKey(l => l.OtherId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DerivedStampConfiguration : IEntityTypeConfiguration<DerivedStamp>
{
    public void Configure(EntityTypeBuilder<DerivedStamp> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
    }
}
