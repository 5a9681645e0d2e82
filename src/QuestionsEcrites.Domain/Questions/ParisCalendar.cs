namespace QuestionsEcrites.Domain.Questions;

/// <summary>
/// « Today » for the Règlement's clock: the date in Paris, where the Journal officiel is dated, whatever the
/// server's time zone.
/// </summary>
public static class ParisCalendar
{
    private static readonly TimeZoneInfo Paris = Find();

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Paris).DateTime);
    }

    /// <summary>Midnight of <paramref name="date"/> in Paris, with Paris's offset on that day (feeds' timestamps).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Paris.GetUtcOffset(midnight));
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc; // a machine without time zone data: a day's difference around midnight at most
        }
    }
}
