namespace QuestionsEcrites.Import.Parsing.Text.Rules;

/// <summary>
/// « Label : value » (or the older « Label > value »), « Question publiée au JO le 14 janvier 2025, page 120 »
/// without a colon, a bare label whose value is on the next line, or in the key data a label whose colon was lost
/// (« Rubrique Santé »). Inside a question or an answer, only exact
/// key-data labels with a short value that is not a sentence count: « Concernant le signalement … : » is text.
/// </summary>
public sealed class LabelRule : ILineRule
{
    /// <summary>A key-data value is short; a longer « … : … » line inside a text is a sentence.</summary>
    private const int MaxValueInText = 150;

    /// <summary>A bare label (its value on the next line) is a few words, without digits.</summary>
    private const int MaxBareLabel = 60;

    /// <summary>The longest label is a few words (« Date de changement d'attribution »).</summary>
    private const int MaxLabelWords = 5;

    public bool TryRead(TextLine line, TextReadState state)
    {
        var match = LinePatterns.Label().Match(line.Text);
        var inText = state.Section is PageSection.Question or PageSection.Answer;
        if (!match.Success)
        {
            return !inText && TryReadWithoutColon(line, state);
        }

        var labelKey = LabelVocabulary.Key(match.Groups["label"].Value);
        var value = match.Groups["value"].Value.Trim();
        var field = inText ? LabelVocabulary.ClassifyExact(labelKey) : LabelVocabulary.Classify(labelKey);
        if (field == LabelField.Unknown)
        {
            return false;
        }

        if (inText && (value.Length > MaxValueInText || value.EndsWith('.') || (LabelVocabulary.IsDateField(field) && FrenchDates.Find(value) is null)))
        {
            return false;
        }

        state.EndParagraph();
        state.ExpectTitle = false;
        if (value.Length == 0)
        {
            state.PendingLabel = field;
            return true;
        }

        LabelledValues.Apply(field, value, state.Draft);
        return true;
    }

    private static bool TryReadWithoutColon(TextLine line, TextReadState state)
    {
        var text = line.Text;
        if (FrenchDates.Find(text) is { } date)
        {
            var field = LabelVocabulary.Classify(LabelVocabulary.Key(text[..date.Index]));
            if (!LabelVocabulary.IsDateField(field))
            {
                return false;
            }

            state.EndParagraph();
            LabelledValues.Apply(field, text[date.Index..], state.Draft);
            return true;
        }

        if (state.Section == PageSection.KeyData && text.Length <= MaxBareLabel && !text.Any(char.IsAsciiDigit)
            && LabelVocabulary.Classify(line.Key) is var bare and not LabelField.Unknown)
        {
            state.EndParagraph();
            state.PendingLabel = bare;
            return true;
        }

        return state.Section == PageSection.KeyData && TryReadLabelWithoutSeparator(text, state);
    }

    /// <summary>
    /// « Rubrique Santé publique » in the key data, its colon lost: the longest run of first words that is an exact
    /// label (<see cref="LabelVocabulary.ClassifyExact"/>) is the label, the rest its value.
    /// </summary>
    private static bool TryReadLabelWithoutSeparator(string text, TextReadState state)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(MaxLabelWords, words.Length - 1); count > 0; count--)
        {
            var label = string.Join(' ', words[..count]);
            var field = LabelVocabulary.ClassifyExact(LabelVocabulary.Key(label));
            if (field == LabelField.Unknown)
            {
                continue;
            }

            state.EndParagraph();
            state.Draft.Warnings.Add($"libellé sans deux-points lu comme « {label} » : « {LabelledValues.Quote(text)} »");
            LabelledValues.Apply(field, string.Join(' ', words[count..]), state.Draft);
            return true;
        }

        return false;
    }
}
