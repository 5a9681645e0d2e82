using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace QuestionsEcrites.Data.Configurations;

/// <summary>Rubriques, ministries and groups share one shape: a name and a unique slug.</summary>
internal abstract class NamedEntityConfiguration<T> : IEntityTypeConfiguration<T>
    where T : NamedEntity
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(400);
        builder.Property(e => e.Slug).HasMaxLength(400);
        builder.HasIndex(e => e.Slug).IsUnique();
    }
}

internal sealed class RubriqueConfiguration : NamedEntityConfiguration<Rubrique>;

internal sealed class MinistryConfiguration : NamedEntityConfiguration<Ministry>;

internal sealed class PoliticalGroupConfiguration : NamedEntityConfiguration<PoliticalGroup>;
