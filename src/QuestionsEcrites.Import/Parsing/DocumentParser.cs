namespace QuestionsEcrites.Import.Parsing;

/// <summary>
/// Entry point for one document of any supported format: decodes the bytes, recognises the format from the
/// content (not the file name) and hands it to the matching parser.
/// </summary>
public static class DocumentParser
{
    /// <summary>A question, or the deputies of a deputies file (which names the identifiers of the open data).</summary>
    public static ParsedContent ParseContent(ReadOnlySpan<byte> content)
    {
        if (!DocumentDecoder.TryDecode(content, out var text, out var error))
        {
            return new ParsedContent(ParseResult<ParsedQuestion>.Failure(error!), [], null);
        }

        var format = DetectFormat(text);
        if (format == DocumentFormat.OpenDataXml)
        {
            return ParseOpenDataXml(text);
        }

        if (format == DocumentFormat.Json && Deputies.DeputyFileParser.LooksLikeDeputies(text))
        {
            var (deputies, deputiesError) = Deputies.DeputyFileParser.Parse(text);
            return new ParsedContent(null, deputies, deputiesError);
        }

        return new ParsedContent(ParseText(text, format), [], null);
    }

    /// <summary>A question document, decoded once and read by the parser of its format.</summary>
    public static ParseResult<ParsedQuestion> Parse(ReadOnlySpan<byte> content) =>
        DocumentDecoder.TryDecode(content, out var text, out var error)
            ? ParseText(text, DetectFormat(text))
            : ParseResult<ParsedQuestion>.Failure(error!);

    /// <summary>The open data's XML is read as its JSON, then by the JSON's parsers: a question or deputies.</summary>
    private static ParsedContent ParseOpenDataXml(string text)
    {
        var (json, error) = OpenData.OpenDataXml.ToJson(text);
        if (json is null)
        {
            return new ParsedContent(ParseResult<ParsedQuestion>.Failure(error!), [], null);
        }

        using (json)
        {
            if (Deputies.DeputyFileParser.HoldsDeputies(json.RootElement))
            {
                var (deputies, deputiesError) = Deputies.DeputyFileParser.Parse(json.RootElement);
                return new ParsedContent(null, deputies, deputiesError);
            }

            return new ParsedContent(Json.OpenDataQuestionParser.Parse(json.RootElement), [], null);
        }
    }

    private static ParseResult<ParsedQuestion> ParseText(string text, DocumentFormat format) => format switch
    {
        DocumentFormat.OpenDataXml => ParseOpenDataXml(text).Question ?? ParseResult<ParsedQuestion>.Failure("fiche de député (acteur) : ce n'est pas une question"),
        DocumentFormat.Html => Html.HtmlQuestionParser.Parse(text),
        DocumentFormat.Json => Json.OpenDataQuestionParser.Parse(text),
        _ => Text.TextQuestionParser.Parse(text),
    };

    public static DocumentFormat DetectFormat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = SkipLineComments(text.AsSpan().TrimStart());
        // "[" opens JSON only before "{", "]", a quote or a space: "[Aller au contenu](#main)" is markdown.
        if (start.StartsWith("{") || (start.Length > 1 && start[0] == '[' && (start[1] is '{' or ']' or '"' || char.IsWhiteSpace(start[1]))))
        {
            return DocumentFormat.Json;
        }

        if (OpenData.OpenDataXml.IsOpenData(start))
        {
            return DocumentFormat.OpenDataXml;
        }

        if (start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<") && text.Contains("<body", StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentFormat.Html;
        }

        return DocumentFormat.Text;
    }

    /// <summary>Samples of the dump start with « // » comment lines before the JSON.</summary>
    private static ReadOnlySpan<char> SkipLineComments(ReadOnlySpan<char> text)
    {
        while (text.StartsWith("//"))
        {
            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..].TrimStart();
        }

        return text;
    }
}
