using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace QuestionsEcrites.Data.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Type).HasConversion<string>().HasMaxLength(8);
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.Title).HasMaxLength(1000);
        builder.Property(q => q.Source).HasMaxLength(1000);

        // The natural key: re-importing a question updates this row instead of adding one.
        builder.HasIndex(q => new { q.Legislature, q.Number, q.Type }).IsUnique();

        // Browsing filters and the default "newest first" order.
        builder.HasIndex(q => q.PublishedOn);
        builder.HasIndex(q => new { q.RubriqueId, q.PublishedOn });
        builder.HasIndex(q => new { q.MinistryAssignedId, q.PublishedOn });
        builder.HasIndex(q => new { q.MinistryAskedId, q.PublishedOn });
        builder.HasIndex(q => new { q.AuthorId, q.PublishedOn });
        builder.HasIndex(q => new { q.GroupId, q.PublishedOn });
        builder.HasIndex(q => new { q.Status, q.PublishedOn });
        builder.HasIndex(q => q.ChangeStamp);

        // The home page's latest questions, in the list's whole order: read from the index's end, never sorted.
        builder.HasIndex(q => new { q.Type, q.PublishedOn, q.Legislature, q.Number });

        builder.HasOne(q => q.Rubrique).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.MinistryAsked).WithMany().HasForeignKey(q => q.MinistryAskedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.MinistryAssigned).WithMany().HasForeignKey(q => q.MinistryAssignedId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.Author).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.Group).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.Answer).WithOne().HasForeignKey<Answer>(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Events).WithOne().HasForeignKey(e => e.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
