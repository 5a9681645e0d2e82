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

    /// <summary>
    /// <see cref="FullQe"/> as the open data publishes it in XML, written by hand from the JSON: lists as repeated
    /// elements or a lone one, nulls as <c>xsi:nil</c>, the question's HTML escaped and the answer's as tags.
    /// </summary>
    public const string FullQeXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <question xmlns="http://schemas.assemblee-nationale.fr/referentiel" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="QuestionEcrite_Type">
          <uid>QANR5L17QE1223</uid>
          <identifiant><numero>1223</numero><regime>5ème République</regime><legislature>17</legislature></identifiant>
          <type>QE</type>
          <indexationAN>
            <rubrique>institutions sociales et médico sociales</rubrique>
            <rubriqueTa xsi:nil="true"/>
            <teteAnalyse>Ségur pour tous</teteAnalyse>
            <analyses><analyse>Soutien au secteur médico-social</analyse><analyse>Financement</analyse></analyses>
          </indexationAN>
          <auteur>
            <identite><acteurRef>PA793218</acteurRef><mandatRef>PM842426</mandatRef></identite>
            <groupe><organeRef>PO845425</organeRef><abrege>EcoS</abrege><developpe>Écologiste et Social</developpe></groupe>
          </auteur>
          <minInt><abrege>Solidarités</abrege><developpe>Solidarités, autonomie et égalité entre femmes et hommes</developpe></minInt>
          <minAttribs>
            <minAttrib>
              <infoJO><typeJO>JO_QUESTION</typeJO><dateJO>2024-10-22</dateJO><pageJO xsi:nil="true"/></infoJO>
              <denomination><abrege>Solidarités</abrege><developpe>Solidarités, autonomie et égalité entre femmes et hommes</developpe></denomination>
            </minAttrib>
            <minAttrib>
              <infoJO><typeJO>JO_QUESTION</typeJO><dateJO>2024-11-05</dateJO></infoJO>
              <denomination><abrege>Travail</abrege><developpe>Travail, santé, solidarités et familles</developpe></denomination>
            </minAttrib>
          </minAttribs>
          <textesQuestion>
            <texteQuestion>
              <infoJO><typeJO>JO_QUESTION</typeJO><dateJO>2024-10-22</dateJO><pageJO>5629</pageJO></infoJO>
              <texte>Première version.</texte>
            </texteQuestion>
            <texteQuestion>
              <infoJO><typeJO>JO_QUESTION</typeJO><dateJO>2024-10-29</dateJO><pageJO>5700</pageJO></infoJO>
              <texte>Mme Marie-Charlotte Garin attire l'attention de M. le ministre sur le &lt;i&gt;Ségur&lt;/i&gt; pour tous.&lt;br/&gt;Elle lui demande quelles mesures.</texte>
            </texteQuestion>
          </textesQuestion>
          <textesReponse>
            <texteReponse>
              <infoJO><typeJO>JO_QUESTION</typeJO><dateJO>2024-12-03</dateJO><pageJO>6484</pageJO></infoJO>
              <texte><p>Le projet de création d'une convention collective n'en</p><p>bénéficiant pas encore.</p><table><tr><td>Région</td><td>Montant</td></tr><tr><td>Nord</td><td>300 M€</td></tr></table></texte>
            </texteReponse>
          </textesReponse>
          <signalement><dateSignalement>2024-11-20</dateSignalement><infoJO><dateJO>2024-11-19</dateJO></infoJO></signalement>
          <renouvellements xsi:nil="true"/>
          <cloture><codeCloture>REP_PUB</codeCloture><libelleCloture>Réponse publiée</libelleCloture><dateCloture>2024-12-03</dateCloture></cloture>
        </question>
        """;
}
