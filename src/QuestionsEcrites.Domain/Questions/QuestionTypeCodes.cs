namespace QuestionsEcrites.Domain.Questions;

public static class QuestionTypeCodes
{
    /// <summary>
    /// « QE », « qg », « QOSD » (case and surrounding spaces ignored) as a type; a number (« 1 ») is not a code,
    /// although <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would take it. The one place the
    /// <c>type</c> parameter of URLs is read.
    /// </summary>
    public static bool TryParse(string? code, out QuestionType type)
    {
        type = QuestionType.QE;
        var trimmed = code?.Trim();
        return !string.IsNullOrEmpty(trimmed) && !trimmed.All(char.IsAsciiDigit) && !trimmed.StartsWith('-')
            && Enum.TryParse(trimmed, ignoreCase: true, out type) && Enum.IsDefined(type);
    }
}
