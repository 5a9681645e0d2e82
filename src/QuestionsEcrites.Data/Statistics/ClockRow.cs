namespace QuestionsEcrites.Data.Statistics;

/// <summary>
/// One written question as the accountability figures read it: its keys and its clock's dates as day numbers
/// (<see cref="DateOnly.DayNumber"/>, <see cref="None"/> when absent), and its <see cref="Clock"/> built once (the
/// due date is a calendar computation a pass would otherwise repeat per row). About 80 bytes: a million take 80 MB.
/// </summary>
public readonly record struct ClockRow(
    int QuestionId,
    short Legislature,
    int Number,
    int MinistryId,
    int AuthorId,
    int GroupId,
    int RubriqueId,
    int PublishedDay,
    int AnsweredDay,
    int SignaledDay,
    int ClosedDay,
    QuestionStatus Status)
{
    /// <summary>No date (day 0 is 1 January of year 1, never a date of the Journal officiel).</summary>
    public const int None = 0;

    /// <summary>An empty slot of the snapshot: no written question has that id.</summary>
    public bool IsEmpty => Legislature == 0;

    public AnswerClock Clock { get; } = new(Date(PublishedDay), Date(AnsweredDay), Date(SignaledDay), Status);

    public static DateOnly? Date(int day) => day == None ? null : DateOnly.FromDayNumber(day);

    public static int Day(DateOnly? date) => date?.DayNumber ?? None;
}
