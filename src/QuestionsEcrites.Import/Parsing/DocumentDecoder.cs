using System.Text;

namespace QuestionsEcrites.Import.Parsing;

/// <summary>Turns a document's bytes into text, or says why it is not a text document.</summary>
public static class DocumentDecoder
{
    /// <summary>A real page may hold a few stray control characters (a form feed, a copied NUL-free artefact)…</summary>
    private const int MaxStrayControls = 8;

    /// <summary>…but one character in a hundred being a control character means binary data.</summary>
    private const int ControlShareOfBinary = 100;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Older pages of the Assemblée were served as Windows-1252 (a superset of Latin-1 with ’ « » œ …).
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>
    /// The offset of the first malformed byte when the bytes are meant as UTF-8 but are not valid: a BOM, or valid
    /// multi-byte sequences beside the invalid ones (Windows-1252 text has none, « é » being one byte there), or
    /// bytes that Windows-1252 leaves undefined. Null when Windows-1252 is the better reading (an older page).
    /// </summary>
    private static int? InvalidUtf8Offset(ReadOnlySpan<byte> body, bool bom)
    {
        int? firstInvalid = null;
        var validMultiByte = 0;
        var undefinedIn1252 = false;
        for (var i = 0; i < body.Length;)
        {
            if (body[i] < 0x80)
            {
                i++;
                continue;
            }

            undefinedIn1252 |= body[i] is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D;
            if (System.Text.Rune.DecodeFromUtf8(body[i..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                validMultiByte++;
            }
            else
            {
                firstInvalid ??= i;
            }

            i += Math.Max(consumed, 1);
        }

        return bom || validMultiByte > 0 || undefinedIn1252 ? firstInvalid : null;
    }

    /// <summary>
    /// UTF-8 (with or without BOM) first, else Windows-1252, as older pages were saved; UTF-8 that is damaged
    /// (valid sequences beside malformed bytes) is refused as « encodage invalide » rather than read as mojibake.
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
            var bom = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
            var body = bom ? content[3..] : content;
            try
            {
                text = StrictUtf8.GetString(body);
            }
            catch (DecoderFallbackException)
            {
                if (InvalidUtf8Offset(body, bom) is { } offset)
                {
                    error = $"encodage invalide : octets UTF-8 mal formés à la position {offset} (le document est de l'UTF-8, mais abîmé)";
                    return false;
                }

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

        if (controls > MaxStrayControls && controls > text.Length / ControlShareOfBinary)
        {
            text = string.Empty;
            error = "fichier binaire, pas un document texte";
            return false;
        }

        error = null;
        return true;
    }
}
