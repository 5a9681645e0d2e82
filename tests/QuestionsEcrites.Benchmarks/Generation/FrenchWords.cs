namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Real French beyond the seeds: the administrative and political vocabulary of written questions, ranked after the
/// seeds' own words; two-word collocations that exact-phrase queries look for; and the set phrases that open and
/// close questions and answers.
/// </summary>
internal static class FrenchWords
{
    /// <summary>Common words of questions and answers, roughly most frequent first.</summary>
    public static IReadOnlyList<string> Common { get; } = Split(
        "mesures ministre dispositif situation projet loi gouvernement accès communes collectivités moyens aide aides public " +
        "publique publics publiques service services nationale national nationaux territoire territoires département départements " +
        "région régions commune maire maires élus population habitants familles enfants jeunes élèves parents enseignants école " +
        "écoles collège collèges lycée lycées université universités étudiants formation formations emploi emplois travail " +
        "travailleurs salariés employeurs entreprise entreprises artisans commerçants agriculteurs exploitants exploitations " +
        "production producteurs filière filières marché marchés prix coût coûts dépenses recettes budget budgets crédits dotation " +
        "dotations fiscalité impôt impôts taxe taxes contribuables revenus ressources financement financements subventions " +
        "retraite retraites pension pensions retraités cotisations assurance maladie hôpital hôpitaux médecins médecin infirmiers " +
        "patients soins urgences pharmacies médicaments traitement traitements prévention dépistage vaccination maladies maladie " +
        "handicap autonomie dépendance aidants accompagnement hébergement logement logements locataires propriétaires loyers " +
        "construction travaux rénovation énergétique énergie électricité gaz carburants chauffage transport transports routes " +
        "route ferroviaire lignes ligne gares trains voyageurs mobilité véhicules automobilistes sécurité routière police " +
        "gendarmerie gendarmes policiers délinquance violences victimes justice tribunal tribunaux magistrats procédure procédures " +
        "peine peines détenus prisons prison établissements pénitentiaires réglementation décret décrets arrêté circulaire " +
        "ordonnance directive européenne européen européens union commission règlement réforme réformes application mise " +
        "œuvre conditions délais délai demande demandes dossier dossiers administration administrations préfecture préfet " +
        "préfets agents fonctionnaires fonction personnels personnel effectifs postes recrutement rémunération rémunérations " +
        "statut carrière indemnité indemnités prime primes salaire salaires pouvoir achat inflation hausse baisse augmentation " +
        "diminution évolution difficultés problème problèmes inquiétude inquiétudes conséquences risques risque enjeux enjeu " +
        "objectif objectifs priorité priorités politique politiques stratégie plan plans programme programmes action actions " +
        "initiative initiatives expérimentation évaluation rapport rapports étude études données chiffres statistiques nombre " +
        "milliers millions milliards euros année années mois semaines jours durée période calendrier date échéance avenir " +
        "environnement climat climatique biodiversité pollution eau déchets recyclage agriculture agricole agricoles alimentation " +
        "alimentaire élevage éleveurs pêche pêcheurs forêt forêts chasse animaux bien-être espèces nature paysages littoral " +
        "montagne rural rurale rurales ruraux zones zone urbaine quartiers ville villes métropole aménagement urbanisme permis " +
        "foncier terrains sols culture culturel culturelle patrimoine musées spectacle artistes création sport sportifs " +
        "associations association bénévoles vie associative jeunesse égalité femmes hommes discriminations laïcité religion " +
        "citoyens citoyenneté démocratie élections électoral vote numérique internet réseaux téléphonie couverture fibre " +
        "données personnelles protection consommateurs consommation banques banque crédit assurances épargne fraude contrôle " +
        "contrôles sanctions amendes obligations obligation droits droit liberté libertés défense armées militaires anciens " +
        "combattants mémoire coopération international internationale étrangers étranger visa visas asile immigration " +
        "intégration frontières outre-mer insularité continuité tourisme touristes saisonniers commerce commerces artisanat " +
        "industrie industriel industrielle innovation recherche chercheurs laboratoires santé mentale psychiatrie pédiatrie " +
        "maternité maternités naissance petite enfance crèches assistantes maternelles protection enfance mineurs adolescents " +
        "scolarité inclusion inclusive accompagnants handicapées personnes âgées ehpad domicile aide-soignants infirmières " +
        "professionnels professionnel profession professions ordre conventions convention négociation négociations partenaires " +
        "sociaux syndicats dialogue concertation consultation information transparence simplification démarches guichet " +
        "usagers usager accueil qualité délivrance titres passeports identité cartes grise examen permis conduire apprentissage " +
        "apprentis alternance insertion chômage demandeurs indemnisation allocations allocation prestations minima sociaux " +
        "pauvreté précarité exclusion sans-abri hébergement urgence solidarité solidarités fonds caisse caisses mutuelles " +
        "complémentaire remboursement remboursements tarifs tarification forfait franchise reste charge");

    /// <summary>Two-word expressions that occur as such (the phrase queries look for them), most frequent first.</summary>
    public static IReadOnlyList<string> Collocations { get; } =
    [
        "sécurité sociale", "collectivités territoriales", "personnes âgées", "pouvoir d'achat", "établissements scolaires",
        "convention collective", "fonction publique", "services publics", "personnes handicapées", "transition écologique",
        "professionnels libéraux", "déserts médicaux", "prime Ségur", "médecine générale", "zones rurales", "logement social",
        "santé mentale", "gens du voyage", "violences conjugales", "aide sociale", "dotation globale", "petites communes",
        "protection sociale", "énergies renouvelables", "éducation prioritaire", "accueil collectif", "contrôle technique",
        "revenu minimum", "permis de conduire", "marchés publics", "aide juridictionnelle", "parc automobile",
        "assurance chômage", "urgences pédiatriques", "soins palliatifs", "eau potable", "France services", "lutte antivectorielle",
        "chambres consulaires", "rythmes scolaires",
    ];

    /// <summary>How questions open, after « M. Jean Dupont ».</summary>
    public static IReadOnlyList<string> QuestionVerbs { get; } =
        ["attire l'attention de", "appelle l'attention de", "alerte", "interroge", "souhaite attirer l'attention de", "sollicite"];

    /// <summary>How questions close, after « Il lui demande » / « Elle lui demande ».</summary>
    public static IReadOnlyList<string> QuestionClosings { get; } =
    [
        "quelles mesures le Gouvernement entend prendre pour", "de bien vouloir lui indiquer les intentions du Gouvernement concernant",
        "si le Gouvernement entend", "de lui préciser le calendrier retenu pour", "quelles suites il compte donner à",
        "de bien vouloir lui faire connaître sa position sur", "s'il entend prendre des dispositions pour",
    ];

    /// <summary>How answers open.</summary>
    public static IReadOnlyList<string> AnswerOpenings { get; } =
    [
        "Le Gouvernement est pleinement conscient", "La situation évoquée fait l'objet d'une attention particulière",
        "Le ministère a engagé", "Conformément aux dispositions en vigueur", "Il convient de rappeler que",
        "Les services de l'État sont mobilisés", "La loi prévoit", "Depuis plusieurs années, le Gouvernement",
    ];

    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
