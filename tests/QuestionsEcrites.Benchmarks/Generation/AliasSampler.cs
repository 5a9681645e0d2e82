namespace QuestionsEcrites.Benchmarks.Generation;

/// <summary>
/// Draws an index with probability proportional to its weight in constant time (Vose's alias method): the
/// generator draws tens of millions of words, so a binary search per word would dominate.
/// </summary>
internal sealed class AliasSampler
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasSampler(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var n = weights.Count;
        if (n == 0)
        {
            throw new ArgumentException("at least one weight is needed", nameof(weights));
        }

        _probability = new double[n];
        _alias = new int[n];
        var total = weights.Sum();
        var scaled = weights.Select(w => w * n / total).ToArray();
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            (scaled[i] < 1.0 ? small : large).Push(i);
        }

        while (small.Count > 0 && large.Count > 0)
        {
            var less = small.Pop();
            var more = large.Pop();
            _probability[less] = scaled[less];
            _alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1.0;
            (scaled[more] < 1.0 ? small : large).Push(more);
        }

        foreach (var i in large.Concat(small))
        {
            _probability[i] = 1.0;
            _alias[i] = i;
        }
    }

    public int Count => _probability.Length;

    /// <summary>Weights 1/rank^exponent: rank 1 is the most frequent (Zipf's law).</summary>
    public static AliasSampler Zipf(int count, double exponent) =>
        new(Enumerable.Range(1, count).Select(rank => 1.0 / Math.Pow(rank, exponent)).ToArray());

    public int Sample(Rng rng)
    {
        var i = rng.Next(_probability.Length);
        return rng.NextDouble() < _probability[i] ? i : _alias[i];
    }
}
