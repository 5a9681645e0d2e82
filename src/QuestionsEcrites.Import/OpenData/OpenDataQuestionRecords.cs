using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuestionsEcrites.Import.OpenData;

// The open data's question (« question » of QANR5L{leg}{type}{n}.json), as far as the importer reads it. Names
// are the dump's; every member may be missing or null.
// They stand together, one schema in one file; the serializer instantiates them.

public sealed record OpenDataQuestion(
    [property: JsonPropertyName("@xsi:type")] string? Schema,
    string? Uid,
    OpenDataIdentifiant? Identifiant,
    string? Type,
    OpenDataIndexation? IndexationAN,
    OpenDataAuteur? Auteur,
    OpenDataOrgane? MinInt,
    OpenDataMinAttribs? MinAttribs,
    OpenDataTextesQuestion? TextesQuestion,
    OpenDataTextesReponse? TextesReponse,
    OpenDataCloture? Cloture,
    JsonElement? Signalement,
    JsonElement? Renouvellements) : IOpenDataRecord;

public sealed record OpenDataIdentifiant(string? Numero, string? Legislature) : IOpenDataRecord;

public sealed record OpenDataIndexation(string? Rubrique, string? TeteAnalyse, OpenDataAnalyses? Analyses) : IOpenDataRecord;

public sealed record OpenDataAnalyses(IReadOnlyList<string>? Analyse) : IOpenDataRecord;

public sealed record OpenDataAuteur(OpenDataIdentite? Identite, OpenDataOrgane? Groupe) : IOpenDataRecord;

public sealed record OpenDataIdentite(string? ActeurRef) : IOpenDataRecord;

/// <summary>A ministry or a group: its full name (« developpe ») and its short one (« abrege »).</summary>
public sealed record OpenDataOrgane(string? Abrege, string? Developpe) : IOpenDataRecord
{
    public string? Name => Developpe ?? Abrege;
}

public sealed record OpenDataMinAttribs(IReadOnlyList<OpenDataMinAttrib>? MinAttrib) : IOpenDataRecord;

public sealed record OpenDataMinAttrib(OpenDataInfoJo? InfoJO, OpenDataOrgane? Denomination) : IOpenDataRecord;

public sealed record OpenDataInfoJo(string? DateJO, string? PageJO) : IOpenDataRecord;

public sealed record OpenDataTextesQuestion(IReadOnlyList<OpenDataTexte>? TexteQuestion) : IOpenDataRecord;

public sealed record OpenDataTextesReponse(IReadOnlyList<OpenDataTexte>? TexteReponse) : IOpenDataRecord;

/// <summary>One published version of a text: its Journal officiel reference and its HTML.</summary>
public sealed record OpenDataTexte(OpenDataInfoJo? InfoJO, string? Texte) : IOpenDataRecord;

public sealed record OpenDataCloture(string? CodeCloture, string? DateCloture, string? LibelleCloture) : IOpenDataRecord;
