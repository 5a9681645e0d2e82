namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>The circonscriptions of the Assemblée since 2012: each department (or collectivity) and its number of seats (577 in all).</summary>
internal static class Departments
{
    public static IReadOnlyList<(string Name, int Seats)> All { get; } = Parse(
        "Ain 5;Aisne 5;Allier 3;Alpes-de-Haute-Provence 2;Hautes-Alpes 2;Alpes-Maritimes 9;Ardèche 3;Ardennes 3;Ariège 2;Aube 3;" +
        "Aude 3;Aveyron 3;Bouches-du-Rhône 16;Calvados 6;Cantal 2;Charente 3;Charente-Maritime 5;Cher 3;Corrèze 2;Corse-du-Sud 2;" +
        "Haute-Corse 2;Côte-d'Or 5;Côtes-d'Armor 5;Creuse 1;Dordogne 4;Doubs 5;Drôme 4;Eure 5;Eure-et-Loir 4;Finistère 8;Gard 6;" +
        "Haute-Garonne 10;Gers 2;Gironde 12;Hérault 9;Ille-et-Vilaine 8;Indre 2;Indre-et-Loire 5;Isère 10;Jura 3;Landes 3;" +
        "Loir-et-Cher 3;Loire 6;Haute-Loire 2;Loire-Atlantique 10;Loiret 6;Lot 2;Lot-et-Garonne 3;Lozère 1;Maine-et-Loire 7;" +
        "Manche 4;Marne 5;Haute-Marne 2;Mayenne 3;Meurthe-et-Moselle 6;Meuse 2;Morbihan 6;Moselle 9;Nièvre 2;Nord 21;Oise 7;Orne 3;" +
        "Pas-de-Calais 12;Puy-de-Dôme 5;Pyrénées-Atlantiques 6;Hautes-Pyrénées 2;Pyrénées-Orientales 4;Bas-Rhin 9;Haut-Rhin 6;" +
        "Rhône 14;Haute-Saône 2;Saône-et-Loire 5;Sarthe 5;Savoie 4;Haute-Savoie 6;Paris 18;Seine-Maritime 10;Seine-et-Marne 11;" +
        "Yvelines 12;Deux-Sèvres 3;Somme 5;Tarn 3;Tarn-et-Garonne 2;Var 8;Vaucluse 5;Vendée 5;Vienne 4;Haute-Vienne 3;Vosges 4;" +
        "Yonne 3;Territoire de Belfort 2;Essonne 10;Hauts-de-Seine 13;Seine-Saint-Denis 12;Val-de-Marne 11;Val-d'Oise 10;" +
        "Guadeloupe 4;Martinique 4;Guyane 2;La Réunion 7;Mayotte 2;Saint-Pierre-et-Miquelon 1;Saint-Barthélemy et Saint-Martin 1;" +
        "Wallis-et-Futuna 1;Polynésie française 3;Nouvelle-Calédonie 2;Français établis hors de France 11");

    private static (string Name, int Seats)[] Parse(string table) =>
        table.Split(';').Select(entry =>
        {
            var space = entry.LastIndexOf(' ');
            return (entry[..space], int.Parse(entry[(space + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }).ToArray();
}
