namespace QuestionsEcrites.Testing;

/// <summary>Open-data JSON documents written for the tests from the dump's schema.</summary>
public static class OpenDataSamples
{
    /// <summary>A written question with every field, lists as arrays, two versions of the question's text.</summary>
    public const string FullQe = """
        {"question": {
          "@xsi:type": "QuestionEcrite_Type", "uid": "QANR5L17QE1223",
          "identifiant": {"numero": "1223", "regime": "5ème République", "legislature": "17"},
          "type": "QE",
          "indexationAN": {"rubrique": "institutions sociales et médico sociales", "teteAnalyse": "Ségur pour tous",
                           "analyses": {"analyse": ["Soutien au secteur médico-social", "Financement"]}},
          "auteur": {"identite": {"acteurRef": "PA793218", "mandatRef": "PM842426"},
                     "groupe": {"organeRef": "PO845425", "abrege": "EcoS", "developpe": "Écologiste et Social"}},
          "minInt": {"abrege": "Solidarités", "developpe": "Solidarités, autonomie et égalité entre femmes et hommes"},
          "minAttribs": {"minAttrib": [
             {"infoJO": {"dateJO": "2024-10-22"}, "denomination": {"abrege": "Solidarités", "developpe": "Solidarités, autonomie et égalité entre femmes et hommes"}},
             {"infoJO": {"dateJO": "2024-11-05"}, "denomination": {"abrege": "Travail", "developpe": "Travail, santé, solidarités et familles"}}]},
          "textesQuestion": {"texteQuestion": [
             {"infoJO": {"typeJO": "JO_QUESTION", "dateJO": "2024-10-22", "pageJO": "5629"}, "texte": "Première version."},
             {"infoJO": {"typeJO": "JO_QUESTION", "dateJO": "2024-10-29", "pageJO": "5700"}, "texte": "Mme Marie-Charlotte Garin attire l'attention de M. le ministre sur le <i>Ségur</i> pour tous.<br/>Elle lui demande quelles mesures."}]},
          "textesReponse": {"texteReponse": {"infoJO": {"typeJO": "JO_QUESTION", "dateJO": "2024-12-03", "pageJO": "6484"},
             "texte": "<p>Le projet de création d'une convention collective n'en</p><p>bénéficiant pas encore.</p><table><tr><td>Région</td><td>Montant</td></tr><tr><td>Nord</td><td>300 M€</td></tr></table>"}},
          "signalement": {"dateSignalement": "2024-11-20", "infoJO": {"dateJO": "2024-11-19"}},
          "renouvellements": null,
          "cloture": {"codeCloture": "REP_PUB", "libelleCloture": "Réponse publiée", "dateCloture": "2024-12-03"}
        }}
        """;
}
