using System.Text;

namespace QuestionsEcrites.Benchmarks.Fuzzing;

/// <summary>
/// A seeded mutation generator over real inputs (no coverage guidance): each input is a seed changed by one to
/// eight edits — bytes flipped, inserted, deleted, repeated, spliced from another seed, tokens of the formats
/// (markup, JSON punctuation, entities, dates, invalid UTF-8, deep nesting) inserted, or truncation. The same seed
/// gives the same inputs, so a finding replays.
/// </summary>
public sealed class Mutator(IReadOnlyList<byte[]> seeds, long seed)
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "<", ">", "</", "<script>", "<![CDATA[", "-->", "&amp;", "&#x0;", "&#99999999;", "{", "}", "[", "]", "\":", "\"", "\\u0000", "\\uD800",
            "null", "true", "1e999", "-0", "\n\n", "\r", "\t", "Question publiée au JO le", "Réponse publiée au JO le", "31 février 2024",
            "page ", "[", "](#)", "**", "###", " OR ", "\"", "-", "*", "(", ")", "’", "\u00A0", "\u202F",
            new string('[', 2000), new string('{', 500) + "\"a\":" , new string('<', 1000) + "div>",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x00], [0xFE, 0xFF],
    ];

    private readonly Random _random = new((int)(seed ^ (seed >> 32)));

    public byte[] Next()
    {
        var input = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var edits = 1 + _random.Next(8);
        for (var e = 0; e < edits; e++)
        {
            var at = input.Count == 0 ? 0 : _random.Next(input.Count);
            switch (_random.Next(8))
            {
                case 0 when input.Count > 0:
                    input[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    input.InsertRange(at, Enumerable.Range(0, 1 + _random.Next(16)).Select(_ => (byte)_random.Next(256)));
                    break;
                case 2 when input.Count > 0:
                    input.RemoveRange(at, Math.Min(input.Count - at, 1 + _random.Next(64)));
                    break;
                case 3 when input.Count > 0:
                    var length = Math.Min(input.Count - at, 1 + _random.Next(256));
                    input.InsertRange(at, input.GetRange(at, length));
                    break;
                case 4:
                    var other = seeds[_random.Next(seeds.Count)];
                    if (other.Length > 0)
                    {
                        var from = _random.Next(other.Length);
                        input.InsertRange(at, other.Skip(from).Take(1 + _random.Next(512)));
                    }

                    break;
                case 5 when input.Count > 0:
                    input.RemoveRange(at, input.Count - at);
                    break;
                default:
                    input.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
            }
        }

        return [.. input];
    }
}
