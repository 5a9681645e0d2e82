using QuestionsEcrites.Domain.Text;

namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// The deputies of every legislature: one per seat (577) plus about 4 % who replaced one during the term, so about
/// 600 per legislature; groups drawn by their seats, women by the legislature's share; about 40 % re-elected from
/// the previous legislature (same name and seat). Some deputies ask far more questions than others: who asks is
/// drawn with a Zipf law over a shuffled order.
/// </summary>
internal sealed class Parliament
{
    private readonly Dictionary<int, Deputy[]> _deputies = [];
    private readonly Dictionary<int, AliasSampler> _askers = [];

    private Parliament()
    {
    }

    public static Parliament Build(long seed)
    {
        var parliament = new Parliament();
        Deputy[]? previous = null;
        foreach (var legislature in LegislatureProfile.All)
        {
            var rng = Rng.For(seed, stream: 2, index: legislature.Number);
            var groups = new AliasSampler(legislature.Groups.Select(g => (double)g.Seats).ToArray());
            var names = new HashSet<string>(StringComparer.Ordinal); // slugs: the importer's key for a deputy
            var deputies = new List<Deputy>(620);
            var seat = 0;
            foreach (var (department, seats) in Departments.All)
            {
                for (var circonscription = 1; circonscription <= seats; circonscription++, seat++)
                {
                    var group = legislature.Groups[groups.Sample(rng)].Name;
                    var incumbent = previous?[seat];
                    if (incumbent is not null && rng.Chance(0.4) && names.Add(Slugs.From(incumbent.Name)))
                    {
                        deputies.Add(incumbent with { Group = rng.Chance(0.7) && legislature.Groups.Any(g => g.Name == incumbent.Group) ? incumbent.Group : group });
                        continue;
                    }

                    deputies.Add(NewDeputy(rng, legislature, names, department, circonscription, group));
                }
            }

            // Replacements during the term (a minister's substitute, a by-election): same seat, another name.
            var seatsOnly = deputies.ToArray();
            for (var i = 0; i < 23; i++)
            {
                var replaced = seatsOnly[rng.Next(seatsOnly.Length)];
                deputies.Add(NewDeputy(rng, legislature, names, replaced.Department, replaced.Circonscription, replaced.Group));
            }

            var askers = deputies.ToArray();
            previous = seatsOnly;
            rng.Shuffle(askers);
            parliament._deputies[legislature.Number] = askers;
            parliament._askers[legislature.Number] = AliasSampler.Zipf(askers.Length, 0.8);
        }

        return parliament;
    }

    public IReadOnlyList<Deputy> Deputies(int legislature) => _deputies[legislature];

    /// <summary>The author of a question of <paramref name="legislature"/>.</summary>
    public Deputy SampleAuthor(int legislature, Rng rng) => _deputies[legislature][_askers[legislature].Sample(rng)];

    private static Deputy NewDeputy(Rng rng, LegislatureProfile legislature, HashSet<string> names, string department, int circonscription, string group)
    {
        while (true)
        {
            var woman = rng.Chance(legislature.WomenShare);
            var first = rng.Pick(woman ? Names.Women : Names.Men);
            var last = rng.Pick(Names.Surnames);
            if (rng.Chance(0.04))
            {
                last = rng.Pick(Names.Particles) + " " + last;
            }
            else if (rng.Chance(0.05))
            {
                last = last + "-" + rng.Pick(Names.Surnames);
            }

            var name = first + " " + last;
            if (names.Add(Slugs.From(name)))
            {
                return new Deputy(woman, name, department, circonscription, group);
            }
        }
    }
}
