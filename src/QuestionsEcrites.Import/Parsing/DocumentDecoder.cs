using System.Text;

namespace QuestionsEcrites.Import.Parsing;

/// <summary>Turns a document's bytes into text, or says why it is not a text document.</summary>
public static class DocumentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Older pages of the Assemblée were served as Windows-1252 (a superset of Latin-1 with ’ « » œ …).
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>
    /// UTF-8 (with or without BOM) first, else Windows-1252, as older pages were saved.
    /// Bytes with NULs or many control characters are binary.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> content, out string text, out string? error)
    {
        text = string.Empty;
        if (content.IsEmpty)
        {
            error = "fichier vide";
            return false;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = (content[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(content[2..]);
        }
        else if (content.IndexOf((byte)0) >= 0)
        {
            error = "fichier binaire, pas un document texte";
            return false;
        }
        else
        {
            var body = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
            try
            {
                text = StrictUtf8.GetString(body);
            }
            catch (DecoderFallbackException)
            {
                text = Windows1252.GetString(body);
            }
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        if (controls > 8 && controls > text.Length / 100)
        {
            text = string.Empty;
            error = "fichier binaire, pas un document texte";
            return false;
        }

        error = null;
        return true;
    }
}
