namespace QuestionsEcrites.Domain.Statistics;

public static class Median
{
    /// <summary>The median of whole numbers (sorts the list); the mean of the two middle ones, rounded half away from zero; null when empty.</summary>
    public static int? Of(List<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (int)Math.Round((values[middle - 1] + values[middle]) / 2.0, MidpointRounding.AwayFromZero);
    }
}
