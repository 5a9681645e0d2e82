namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// One legislature as the generator sees it: its dates, the share of all written questions it holds (the
/// Assemblée's counts, rounded), how many of them got an answer, the share of women deputies, and its groups
/// with their approximate seats.
/// </summary>
internal sealed record LegislatureProfile(
    int Number,
    DateOnly Start,
    DateOnly End,
    int RealQuestionCount,
    double AnswerRate,
    double WomenShare,
    IReadOnlyList<(string Name, int Seats)> Groups)
{
    /// <summary>The day the generated corpus is « taken »: no date of the current legislature goes past it.</summary>
    public static readonly DateOnly CorpusDate = new(2026, 2, 24);

    public static IReadOnlyList<LegislatureProfile> All { get; } =
    [
        new(9, new(1988, 6, 23), new(1993, 4, 1), 55_000, 0.80, 0.06,
        [
            ("Socialiste", 275), ("Rassemblement pour la République", 130), ("Union pour la démocratie française", 90),
            ("Union du centre", 40), ("Communiste", 25), ("Non inscrit", 17),
        ]),
        new(10, new(1993, 4, 2), new(1997, 4, 21), 42_000, 0.80, 0.06,
        [
            ("Rassemblement pour la République", 257), ("Union pour la démocratie française et du Centre", 215), ("Socialiste", 57),
            ("République et Liberté", 23), ("Communiste", 23), ("Non inscrit", 2),
        ]),
        new(11, new(1997, 6, 12), new(2002, 6, 18), 67_000, 0.80, 0.11,
        [
            ("Socialiste", 250), ("Rassemblement pour la République", 140), ("Union pour la démocratie française-Alliance", 70),
            ("Démocratie libérale et indépendants", 43), ("Communiste", 35), ("Radical, Citoyen et Vert", 33), ("Non inscrit", 6),
        ]),
        new(12, new(2002, 6, 19), new(2007, 6, 19), 127_000, 0.82, 0.12,
        [
            ("Union pour un Mouvement Populaire", 359), ("Socialiste", 149), ("Union pour la Démocratie Française", 29),
            ("Député-e-s Communistes et Républicains", 22), ("Non inscrit", 18),
        ]),
        new(13, new(2007, 6, 20), new(2012, 6, 19), 130_000, 0.82, 0.19,
        [
            ("Union pour un Mouvement Populaire", 314), ("Socialiste, radical, citoyen et divers gauche", 204), ("Nouveau Centre", 24),
            ("Gauche démocrate et républicaine", 25), ("Non inscrit", 10),
        ]),
        new(14, new(2012, 6, 20), new(2017, 6, 20), 104_000, 0.80, 0.27,
        [
            ("Socialiste, républicain et citoyen", 286), ("Les Républicains", 196), ("Union des démocrates et indépendants", 29),
            ("Écologiste", 17), ("Radical, républicain, démocrate et progressiste", 18), ("Gauche démocrate et républicaine", 15), ("Non inscrit", 16),
        ]),
        new(15, new(2017, 6, 21), new(2022, 6, 21), 43_000, 0.74, 0.39,
        [
            ("La République en Marche", 300), ("Les Républicains", 100), ("Mouvement Démocrate (MoDem) et Démocrates apparentés", 50),
            ("UDI, Agir et Indépendants", 25), ("Socialistes et apparentés", 29), ("La France insoumise", 17),
            ("Gauche démocrate et républicaine", 16), ("Libertés et Territoires", 19), ("Agir ensemble", 12), ("Non inscrit", 9),
        ]),
        new(16, new(2022, 6, 22), new(2024, 6, 9), 14_000, 0.62, 0.37,
        [
            ("Renaissance", 170), ("Rassemblement National", 88), ("La France insoumise - Nouvelle Union Populaire écologique et sociale", 75),
            ("Les Républicains", 62), ("Démocrate (MoDem et Indépendants)", 51), ("Socialistes et apparentés (membre de l'intergroupe NUPES)", 31),
            ("Horizons et apparentés", 30), ("Écologiste - NUPES", 23), ("Gauche démocrate et républicaine - NUPES", 22),
            ("Libertés, Indépendants, Outre-mer et Territoires", 20), ("Non inscrit", 5),
        ]),
        new(17, new(2024, 7, 18), CorpusDate, 13_000, 0.58, 0.36,
        [
            ("Ensemble pour la République", 94), ("Rassemblement National", 123), ("La France insoumise - Nouveau Front Populaire", 71),
            ("Socialistes et apparentés", 66), ("Droite Républicaine", 47), ("Écologiste et Social", 38), ("Les Démocrates", 36),
            ("Horizons & Indépendants", 34), ("Libertés, Indépendants, Outre-mer et Territoires", 22), ("Gauche Démocrate et Républicaine", 17),
            ("UDR (Union des droites pour la République)", 16), ("Non inscrit", 13),
        ]),
    ];

    public bool IsCurrent => End == CorpusDate;
}
