namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>French first names and surnames, accents and compound forms included, to make up deputies' names.</summary>
internal static class Names
{
    public static IReadOnlyList<string> Men { get; } = Split(
        "Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Christian Daniel Éric Laurent Frédéric Stéphane Olivier " +
        "Pascal Thierry Sébastien Julien David Bruno Gérard Didier François Jacques Bernard Yves Dominique Vincent Xavier Hervé " +
        "Mathieu Paul Antoine Guillaume Thomas Benjamin Jérôme Arnaud Damien Aurélien Maxime Rémi Cédric Fabien Grégoire Hugues " +
        "Loïc Gaël Benoît Joël Raphaël Mickaël Gilles Marc Luc René Roland Serge Gaëtan Ludovic Éric-Pierre Jean-Pierre Jean-Luc " +
        "Jean-Marc Jean-Paul Jean-Claude Jean-François Jean-Louis Pierre-Yves Marc-Antoine Charles-Henri Émile Baptiste Clément Lionel");

    public static IReadOnlyList<string> Women { get; } = Split(
        "Marie Nathalie Isabelle Sylvie Catherine Françoise Valérie Christine Sandrine Sophie Céline Stéphanie Véronique Hélène " +
        "Anne Caroline Aurélie Émilie Julie Laure Agnès Brigitte Chantal Danièle Élisabeth Geneviève Josiane Martine Monique " +
        "Pascale Annie Béatrice Claire Delphine Fabienne Florence Karine Laurence Mathilde Muriel Nadia Odile Perrine Rachel " +
        "Ségolène Clémentine Léa Chloé Manon Amélie Cécile Estelle Ghislaine Maud Maëlle Océane Zoé Marie-Charlotte Marie-Christine " +
        "Anne-Laure Marie-Noëlle Marie-Pierre Anne-Sophie Marie-France Marie-Agnès Anne-Cécile Marie-José Hélène-Marie Bérengère");

    public static IReadOnlyList<string> Surnames { get; } = Split(
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre Lefèvre Michel Garcia David " +
        "Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure " +
        "Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier " +
        "Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean " +
        "Pérez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland " +
        "Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier " +
        "Rodriguez Da_Silva Hubert Louis Charles Guillot Rivière Le_Gall Guillaume Adam Rey Moulin Gonzalez Berger Lecomte Ménard " +
        "Fleury Deschamps Carpentier Julien Benoît Paris Maillard Marchal Aubry Vasseur Le_Roux Renault Jacquet Collet Prévost " +
        "Poirier Charpentier Royer Huet Baron Dupuy Pons Paul Laine Carré Breton Rémy Schneider Perrot Guyot Barre Marty Cousin " +
        "Mazars Garin Mesmeur Christophle Lefrançois Bézard Hérault Le_Pennec Quéré Kerbrat Le_Bihan Tanguy Castellani Santini " +
        "Martin-Lacoste Saint-Martin Ducrocq Vercamer Delattre Wauquiez Lesage Bréhier Thévenot Évrard Lécuyer Héraud Gréau Chênelière");

    /// <summary>Particles that some surnames carry (« de La Verpillière »).</summary>
    public static IReadOnlyList<string> Particles { get; } = ["de", "de La", "du"];

    // An underscore joins the words of one name (« Le_Gall »).
    private static string[] Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace('_', ' ')).ToArray();
}
