namespace QuestionsEcrites.Data;

public sealed class QuestionsDbContext(DbContextOptions<QuestionsDbContext> options) : DbContext(options)
{
    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Rubrique> Rubriques => Set<Rubrique>();

    public DbSet<Ministry> Ministries => Set<Ministry>();

    public DbSet<PoliticalGroup> PoliticalGroups => Set<PoliticalGroup>();

    public DbSet<Duplicates.TextSignature> TextSignatures => Set<Duplicates.TextSignature>();

    public DbSet<Duplicates.IdenticalText> IdenticalTexts => Set<Duplicates.IdenticalText>();

    public DbSet<Duplicates.DerivedStamp> DerivedStamps => Set<Duplicates.DerivedStamp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QuestionsDbContext).Assembly);
}
