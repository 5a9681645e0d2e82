namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Rubriques and ministries as the Assemblée publishes them, most asked first (popularity is then drawn with a
/// Zipf law over this order). Each rubrique names the ministry that usually answers it; each ministry has the
/// words that follow « M. le ministre » in a question (« de l'intérieur »).
/// </summary>
internal static class Catalog
{
    public static IReadOnlyList<(string Rubrique, int Ministry)> Rubriques { get; } =
    [
        ("santé", 0), ("impôts et taxes", 2), ("retraites : généralités", 1), ("enseignement", 5), ("agriculture", 6),
        ("collectivités territoriales", 17), ("handicapés", 21), ("professions de santé", 0), ("sécurité sociale", 1),
        ("transports", 12), ("logement", 11), ("environnement", 9), ("justice", 4), ("police", 3), ("famille", 28),
        ("personnes âgées", 22), ("emploi", 1), ("entreprises", 23), ("énergie et carburants", 9), ("fonction publique territoriale", 19),
        ("sports", 15), ("culture", 10), ("communes", 17), ("TVA", 2), ("pharmacie et médicaments", 0), ("établissements de santé", 0),
        ("étrangers", 3), ("défense", 7), ("anciens combattants et victimes de guerre", 20), ("banques et établissements financiers", 2),
        ("consommation", 23), ("assurance maladie maternité : prestations", 1), ("chômage : indemnisation", 1), ("automobiles et cycles", 12),
        ("télécommunications", 24), ("animaux", 6), ("eau et assainissement", 9), ("outre-mer", 18), ("politique extérieure", 8),
        ("enfants", 28), ("institutions sociales et médico sociales", 16), ("déchets, pollution et nuisances", 9), ("enseignement supérieur", 14),
        ("sécurité routière", 3),
    ];

    public static IReadOnlyList<(string Name, string Phrase)> Ministries { get; } =
    [
        ("Santé et accès aux soins", "chargé de la santé et de l'accès aux soins"),
        ("Travail, santé, solidarités et familles", "du travail, de la santé, des solidarités et des familles"),
        ("Économie, finances et souveraineté industrielle et numérique", "de l'économie, des finances et de la souveraineté industrielle et numérique"),
        ("Intérieur", "de l'intérieur"),
        ("Justice", "de la justice"),
        ("Éducation nationale", "de l'éducation nationale"),
        ("Agriculture et souveraineté alimentaire", "de l'agriculture et de la souveraineté alimentaire"),
        ("Armées", "des armées"),
        ("Europe et affaires étrangères", "de l'Europe et des affaires étrangères"),
        ("Transition écologique, énergie, climat et prévention des risques", "de la transition écologique, de l'énergie, du climat et de la prévention des risques"),
        ("Culture", "de la culture"),
        ("Logement", "chargé du logement"),
        ("Transports", "chargé des transports"),
        ("Action et comptes publics", "de l'action et des comptes publics"),
        ("Enseignement supérieur et recherche", "de l'enseignement supérieur et de la recherche"),
        ("Sports, jeunesse et vie associative", "des sports, de la jeunesse et de la vie associative"),
        ("Solidarités, autonomie et égalité entre femmes et hommes", "des solidarités, de l'autonomie et de l'égalité entre les femmes et les hommes"),
        ("Partenariat avec les territoires et décentralisation", "du partenariat avec les territoires et de la décentralisation"),
        ("Outre-mer", "des outre-mer"),
        ("Fonction publique, simplification et transformation de l'action publique", "de la fonction publique, de la simplification et de la transformation de l'action publique"),
        ("Anciens combattants et mémoire", "chargé de la mémoire et des anciens combattants"),
        ("Personnes handicapées", "chargé des personnes handicapées"),
        ("Personnes âgées et autonomie", "chargé des personnes âgées et de l'autonomie"),
        ("Commerce, artisanat, PME et économie sociale et solidaire", "chargé du commerce, de l'artisanat, des petites et moyennes entreprises et de l'économie sociale et solidaire"),
        ("Numérique et intelligence artificielle", "chargé du numérique et de l'intelligence artificielle"),
        ("Ruralité", "chargé de la ruralité"),
        ("Industrie", "chargé de l'industrie"),
        ("Tourisme", "chargé du tourisme"),
        ("Famille et petite enfance", "chargé de la famille et de la petite enfance"),
        ("Ville", "chargé de la ville"),
        ("Mer et pêche", "chargé de la mer et de la pêche"),
    ];
}
