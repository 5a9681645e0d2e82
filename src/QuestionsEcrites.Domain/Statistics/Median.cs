namespace QuestionsEcrites.Domain.Statistics;

public static class Median
{
    /// <summary>
    /// The median of whole numbers; the mean of the two middle ones, rounded half away from zero; null when empty.
    /// Reorders the list: a selection (linear on average), not a sort, since the figures take medians of hundreds of
    /// thousands of delays.
    /// </summary>
    public static int? Of(List<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
        var middle = span.Length / 2;
        var upper = Select(span, middle);
        if (span.Length % 2 == 1)
        {
            return upper;
        }

        // After the selection, everything before the middle is at most the upper middle: the lower middle is their maximum.
        var lower = int.MinValue;
        foreach (var value in span[..middle])
        {
            lower = Math.Max(lower, value);
        }

        return (int)Math.Round((lower + (long)upper) / 2.0, MidpointRounding.AwayFromZero);
    }

    /// <summary>The k-th smallest value (0-based); leaves smaller values before k and larger after it.</summary>
    private static int Select(Span<int> values, int k)
    {
        var left = 0;
        var right = values.Length - 1;
        while (left < right)
        {
            // Median of three as the pivot, then a three-way partition (delays repeat a lot).
            var mid = left + ((right - left) / 2);
            var pivot = MedianOfThree(values[left], values[mid], values[right]);
            int lt = left, i = left, gt = right;
            while (i <= gt)
            {
                if (values[i] < pivot)
                {
                    (values[lt], values[i]) = (values[i], values[lt]);
                    lt++;
                    i++;
                }
                else if (values[i] > pivot)
                {
                    (values[i], values[gt]) = (values[gt], values[i]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            if (k < lt)
            {
                right = lt - 1;
            }
            else if (k > gt)
            {
                left = gt + 1;
            }
            else
            {
                return pivot;
            }
        }

        return values[k];
    }

    private static int MedianOfThree(int a, int b, int c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
