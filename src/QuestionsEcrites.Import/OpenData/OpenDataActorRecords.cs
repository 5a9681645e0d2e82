using System.Text.Json;

namespace QuestionsEcrites.Import.OpenData;

// The open data's deputy (« acteur » of PA{n}.json), as far as the importer reads it: identity and mandates.
// They stand together, one schema in one file; the serializer instantiates them.

/// <param name="Uid">A string, or <c>{"#text": "PA…"}</c> in the XML-derived dumps: read by <see cref="UidText"/>.</param>
public sealed record OpenDataActor(JsonElement? Uid, OpenDataEtatCivil? EtatCivil, OpenDataMandats? Mandats) : IOpenDataRecord
{
    public string? UidText => Uid switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("#text", out var text) && text.ValueKind == JsonValueKind.String => text.GetString(),
        _ => null,
    };
}

public sealed record OpenDataEtatCivil(OpenDataIdent? Ident) : IOpenDataRecord;

public sealed record OpenDataIdent(string? Civ, string? Prenom, string? Nom) : IOpenDataRecord;

public sealed record OpenDataMandats(IReadOnlyList<OpenDataMandat>? Mandat) : IOpenDataRecord;

/// <summary>One mandate of any organ; only the <c>ASSEMBLEE</c> ones make a deputy of a legislature.</summary>
public sealed record OpenDataMandat(string? TypeOrgane, string? Legislature, OpenDataElection? Election) : IOpenDataRecord;

public sealed record OpenDataElection(OpenDataLieu? Lieu) : IOpenDataRecord;

public sealed record OpenDataLieu(string? Departement, string? Region, string? NumCirco) : IOpenDataRecord;
