namespace QuestionsEcrites.Testing;

/// <summary>A clock stopped at a given instant, for pages that count days (« en retard »).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
