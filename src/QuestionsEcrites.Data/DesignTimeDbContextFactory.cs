using Microsoft.EntityFrameworkCore.Design;

namespace QuestionsEcrites.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<QuestionsDbContext>
{
    public QuestionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<QuestionsDbContext>().UseSqlite(DataOptions.DefaultConnectionString).Options);
}
