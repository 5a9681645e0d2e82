using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Writes a <see cref="QuestionSpec"/> as one file of the Assemblée's open-data dump (<c>{"question": …}</c>), with
/// the deputy known by identifier only, as in the real dump, and the texts in HTML paragraphs.
/// </summary>
internal static class OpenDataJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>A stable identifier per deputy and legislature, « PA » and six digits, as the Assemblée's.</summary>
    public static string DeputyId(int legislature, Deputy deputy)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        var hash = 2166136261u;
        foreach (var c in $"{legislature}|{deputy.Name}")
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return string.Create(CultureInfo.InvariantCulture, $"PA{100_000 + (hash % 900_000)}");
    }

    public static byte[] Write(QuestionSpec q)
    {
        ArgumentNullException.ThrowIfNull(q);
        using var buffer = new MemoryStream(8_192);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("question");
            json.WriteString("@xsi:type", "QuestionEcrite_Type");
            json.WriteString("uid", string.Create(CultureInfo.InvariantCulture, $"QANR5L{q.Legislature}QE{q.Number}"));
            json.WriteStartObject("identifiant");
            json.WriteString("numero", q.Number.ToString(CultureInfo.InvariantCulture));
            json.WriteString("regime", "5ème République");
            json.WriteString("legislature", q.Legislature.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("type", "QE");

            json.WriteStartObject("indexationAN");
            json.WriteString("rubrique", q.Rubrique.ToLower(CultureInfo.GetCultureInfo("fr-FR")));
            json.WriteNull("teteAnalyse");
            json.WriteStartObject("analyses");
            json.WriteString("analyse", q.Title);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("auteur");
            json.WriteStartObject("identite");
            json.WriteString("acteurRef", DeputyId(q.Legislature, q.Author));
            json.WriteEndObject();
            json.WriteStartObject("groupe");
            json.WriteString("developpe", q.Author.Group);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("minInt");
            json.WriteString("developpe", q.MinistryAsked);
            json.WriteEndObject();

            // One attribution as an object, a history as an array: the dump does both.
            json.WriteStartObject("minAttribs");
            if (q.AttributionChangedOn is { } changed)
            {
                json.WriteStartArray("minAttrib");
                Attribution(json, q.PublishedOn, q.MinistryAsked);
                Attribution(json, changed, q.MinistryAssigned);
                json.WriteEndArray();
            }
            else
            {
                json.WritePropertyName("minAttrib");
                Attribution(json, q.PublishedOn, q.MinistryAssigned);
            }

            json.WriteEndObject();

            json.WriteStartObject("textesQuestion");
            json.WritePropertyName("texteQuestion");
            Text(json, q.PublishedOn, q.JoPage, q.QuestionParagraphs);
            json.WriteEndObject();

            if (q.AnsweredOn is { } answered && q.AnswerParagraphs is { } answer)
            {
                json.WriteStartObject("textesReponse");
                json.WritePropertyName("texteReponse");
                Text(json, answered, q.AnswerPage, answer);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("textesReponse");
            }

            if (q.SignaledOn is { } signaled)
            {
                json.WriteStartObject("signalement");
                json.WriteString("dateSignalement", Iso(signaled));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("signalement");
            }

            if (q.AnsweredOn is { } closedByAnswer)
            {
                Closure(json, "REP_PUB", "Réponse publiée", closedByAnswer);
            }
            else if (q.ClosedOn is { } closed)
            {
                Closure(json, "CLOTURE", q.ClosureReason ?? "Question clôturée", closed);
            }
            else
            {
                json.WriteNull("cloture");
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Attribution(Utf8JsonWriter json, DateOnly date, string ministry)
    {
        json.WriteStartObject();
        json.WriteStartObject("infoJO");
        json.WriteString("dateJO", Iso(date));
        json.WriteEndObject();
        json.WriteStartObject("denomination");
        json.WriteString("developpe", ministry);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, DateOnly date, int? page, IReadOnlyList<string> paragraphs)
    {
        json.WriteStartObject();
        json.WriteStartObject("infoJO");
        json.WriteString("typeJO", "JO_QUESTION");
        json.WriteString("dateJO", Iso(date));
        if (page is { } p)
        {
            json.WriteString("pageJO", p.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("pageJO");
        }

        json.WriteEndObject();
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        json.WriteString("texte", html.ToString());
        json.WriteEndObject();
    }

    private static void Closure(Utf8JsonWriter json, string code, string label, DateOnly date)
    {
        json.WriteStartObject("cloture");
        json.WriteString("codeCloture", code);
        json.WriteString("libelleCloture", label);
        json.WriteString("dateCloture", Iso(date));
        json.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
