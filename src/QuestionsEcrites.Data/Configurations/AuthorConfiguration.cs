using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace QuestionsEcrites.Data.Configurations;

internal sealed class AuthorConfiguration : IEntityTypeConfiguration<Author>
{
    public void Configure(EntityTypeBuilder<Author> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.NameKey).HasMaxLength(200);
        builder.Property(a => a.Civility).HasMaxLength(8);
        builder.Property(a => a.NameSource).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Slug).HasMaxLength(220);
        builder.Property(a => a.Department).HasMaxLength(200);
        builder.HasIndex(a => new { a.Legislature, a.NameKey }).IsUnique();
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.AnId).HasMaxLength(16);
        builder.HasIndex(a => new { a.Legislature, a.AnId }).IsUnique().HasFilter("\"AnId\" IS NOT NULL");
        builder.HasOne(a => a.Group).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.DisplayName);
    }
}
