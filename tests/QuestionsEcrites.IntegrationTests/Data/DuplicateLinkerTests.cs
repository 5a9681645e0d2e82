using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuestionsEcrites.Data.Duplicates;
using QuestionsEcrites.Domain.Duplicates;
using QuestionsEcrites.Testing;

namespace QuestionsEcrites.IntegrationTests.Data;

/// <summary>
/// The links between near-identical questions and answers: found across deputies and salutations, kept through a
/// sentence changed, dropped when a text changes, and computed only for what changed.
/// </summary>
public sealed class DuplicateLinkerTests : StoreTestBase
{
    private const string Lobby = "les conséquences pour les petites exploitations de la hausse du prix des engrais azotés, qui a triplé en deux ans et menace la survie de nombreuses fermes familiales ; les aides annoncées ne couvrent qu'une faible part du surcoût et arrivent trop tard pour les semis de printemps. Il lui demande si le Gouvernement entend créer un fonds d'urgence dédié aux engrais et simplifier l'accès aux aides existantes.";

    private const string Answer = "Le Gouvernement est pleinement mobilisé aux côtés des agriculteurs face à la hausse du prix des engrais. Un plan de résilience a été mis en place, qui comprend une aide exceptionnelle aux exploitations les plus exposées, versée par FranceAgriMer, ainsi qu'un accompagnement des chambres d'agriculture vers des pratiques moins dépendantes des engrais de synthèse.";

    [Fact]
    public async Task Link_CopiesAcrossDeputies_LinkedBothWays_UnrelatedNot()
    {
        Write(1, "M. Jean Dupont attire l'attention de M. le ministre de l'agriculture sur " + Lobby, Answer);
        Write(2, "Mme Anne Martin interroge M. le ministre de l'agriculture et de la souveraineté alimentaire sur " + Lobby, Answer);
        Write(3, "M. Paul Durand appelle l'attention de M. le ministre sur " + Lobby.Replace("qui a triplé en deux ans", "qui a fortement augmenté depuis 2022", StringComparison.Ordinal), null);
        Write(4, "M. Jean Dupont attire l'attention de M. le ministre sur la fermeture des bureaux de poste dans les communes rurales, qui prive les habitants âgés d'un service public essentiel et oblige les commerçants à parcourir des dizaines de kilomètres ; il lui demande quelles mesures le Gouvernement entend prendre.", null);
        await ImportWrittenAsync();

        var compared = await Linker.LinkAsync(CancellationToken.None);

        compared.Should().Be(4);
        var links = await LinksAsync();
        links.Where(l => l.Kind == TextKind.Question).Select(l => (l.QuestionId, l.OtherId)).Should().BeEquivalentTo(
            [(1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2)], "the three copies, one with a clause changed; never the post offices");
        links.Where(l => l.Kind == TextKind.Answer).Select(l => (l.QuestionId, l.OtherId)).Should().BeEquivalentTo([(1, 2), (2, 1)], "the answer reused");
    }

    [Fact]
    public async Task Link_SecondRun_NothingToDo_TextChanged_LinksFollow()
    {
        Write(1, "M. Jean Dupont attire l'attention de M. le ministre sur " + Lobby, null);
        Write(2, "Mme Anne Martin interroge M. le ministre sur " + Lobby, null);
        await ImportWrittenAsync();
        await Linker.LinkAsync(CancellationToken.None);

        (await Linker.LinkAsync(CancellationToken.None)).Should().Be(0, "nothing changed since the last run");

        Write(2, "Mme Anne Martin interroge M. le ministre sur la fermeture des bureaux de poste dans les communes rurales, qui prive les habitants âgés d'un service public essentiel et oblige les commerçants à parcourir des dizaines de kilomètres ; elle lui demande quelles mesures le Gouvernement entend prendre.", null);
        await ImportWrittenAsync();
        (await Linker.LinkAsync(CancellationToken.None)).Should().Be(1, "only the changed question");
        (await LinksAsync()).Should().BeEmpty("the texts are no longer alike");
        (await BandCountAsync(2)).Should().Be(MinHash.BandCount, "the old text's bands were replaced, not kept beside the new ones");
        (await BandCountAsync(1)).Should().Be(MinHash.BandCount);
    }

    private async Task<long> BandCountAsync(int questionId)
    {
        await using var db = Store.CreateDbContext();
        await using var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT COUNT(*) FROM "TextBands" WHERE "QuestionId" = {questionId}""";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private DuplicateLinker Linker => Store.Services.GetRequiredService<DuplicateLinker>();

    private async Task<List<IdenticalText>> LinksAsync()
    {
        await using var db = Store.CreateDbContext();
        return await db.IdenticalTexts.AsNoTracking().ToListAsync();
    }

    private void Write(int number, string text, string? answer)
    {
        var builder = new QuestionDocumentBuilder().WithNumber(number).WithTitle($"Question {number}").WithQuestionText(text);
        if (answer is not null)
        {
            builder = builder.WithAnswerText(answer).WithKeyDate("Réponse publiée au JO le", "[3 mars 2025](#), page 1500");
        }

        File.WriteAllText(Path.Combine(Folder.Path, $"q{number}.txt"), builder.Build());
    }

    private Task ImportWrittenAsync() => Store.ImportFromAsync(Folder.Path, Folder.Path);
}
