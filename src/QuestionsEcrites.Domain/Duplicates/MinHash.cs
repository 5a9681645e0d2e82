namespace QuestionsEcrites.Domain.Duplicates;

/// <summary>
/// MinHash signatures of word 5-shingles (Broder): the share of equal positions between two signatures estimates
/// the Jaccard similarity of the two texts' shingle sets; locality-sensitive banding (<see cref="Bands"/>) turns
/// « which texts are near this one » into equality look-ups. With 20 bands of 3 rows, two texts of Jaccard 0.6 share a
/// band with probability 1 − (1 − 0.6³)²⁰ ≈ 0.992, of 0.5 with 0.93, texts of 0.2 with 0.15: candidates are then
/// checked on the whole signature.
/// </summary>
public static class MinHash
{
    public const int ShingleWords = 5;

    public const int BandCount = 20;

    public const int RowsPerBand = 3;

    /// <summary>Hash functions per signature: the bands use the first 60, the estimate all 64.</summary>
    public const int Length = 64;

    /// <summary>
    /// Texts this similar (estimated Jaccard of their shingles) are « identical » for users: at 0.5 each text shares
    /// two thirds of its shingles with the other, word for word. One sentence of 25 words replaced in a question of
    /// 200 words gives about 0.74, in one of 100 words about 0.5. In the `identiques` benchmark at 100,000, texts that
    /// are not copies stay below 0.2 (see its README); 0.7 missed a third of the copies with a sentence changed.
    /// </summary>
    public const double IdenticalFrom = 0.5;

    /// <summary>Below this many words a text is too short to tell a copy from a formula.</summary>
    public const int MinWords = 20;

    // Fixed (a, b) pairs of the universal hash functions: signatures stay comparable across runs and machines.
    private static readonly (ulong A, ulong B)[] Functions = BuildFunctions();

    /// <summary>The signature of a text's words, or null when it has fewer than <see cref="MinWords"/> words.</summary>
    public static uint[]? Signature(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Signature(words.Select(ComparableText.Hash).ToList());
    }

    /// <summary>The signature of a text's word hashes (<see cref="ComparableText.WordHashes"/>).</summary>
    public static uint[]? Signature(IReadOnlyList<ulong> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count < MinWords)
        {
            return null;
        }

        var signature = new uint[Length];
        Array.Fill(signature, uint.MaxValue);
        for (var start = 0; start + ShingleWords <= words.Count; start++)
        {
            var shingle = ShingleHash(words, start);
            for (var i = 0; i < Length; i++)
            {
                // Multiply-shift hashing (Dietzfelbinger): one multiplication per function, the high 32 bits kept.
                var (a, b) = Functions[i];
                var hashed = (uint)(((a * shingle) + b) >> 32);
                if (hashed < signature[i])
                {
                    signature[i] = hashed;
                }
            }
        }

        return signature;
    }

    /// <summary>The estimated Jaccard similarity: the share of equal positions.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != Length || b.Length != Length)
        {
            throw new ArgumentException("Signatures of another length.");
        }

        var equal = 0;
        for (var i = 0; i < Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return equal / (double)Length;
    }

    /// <summary>One key per band: texts sharing any band key are candidates (band number in the top bits).</summary>
    public static long[] Bands(ReadOnlySpan<uint> signature)
    {
        var keys = new long[BandCount];
        for (var band = 0; band < BandCount; band++)
        {
            ulong hash = 14695981039346656037UL;
            for (var row = 0; row < RowsPerBand; row++)
            {
                hash = (hash ^ signature[(band * RowsPerBand) + row]) * 1099511628211UL;
            }

            keys[band] = (long)(((ulong)band << 56) | (hash & 0x00FF_FFFF_FFFF_FFFFUL));
        }

        return keys;
    }

    private static ulong ShingleHash(IReadOnlyList<ulong> words, int start)
    {
        // The five word hashes combined in order, then mixed (SplitMix64's finaliser) so that every bit counts.
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + ShingleWords; w++)
        {
            hash = (hash ^ words[w]) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }

    private static (ulong, ulong)[] BuildFunctions()
    {
        // SplitMix64 from a fixed seed.
        var state = 0x5EED_0F_D0_C5UL;
        ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        return Enumerable.Range(0, Length).Select(_ => (Next() | 1UL, Next())).ToArray(); // odd multipliers
    }
}
