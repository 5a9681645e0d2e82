using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuestionsEcrites.Import.OpenData;

/// <summary>An object as <typeparamref name="T"/>; any other value (null, a string, an array) as null, skipped.</summary>
public sealed class LenientObjectConverter<T> : JsonConverter<T>
    where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        // The type's own (default) converter: property-level converters do not apply at the type level.
        return JsonSerializer.Deserialize<T>(ref reader, options);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => throw new NotSupportedException("read only");
}

/// <summary>
/// A list that the dump writes as one item when it has one, as an array otherwise, or null: always a list, its
/// unreadable items (a string where an object is expected) left out.
/// </summary>
public sealed class OneOrManyConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : class
{
    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var items = new List<T>();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (ReadItem(ref reader, options) is { } item)
                {
                    items.Add(item);
                }
            }
        }
        else if (ReadItem(ref reader, options) is { } single)
        {
            items.Add(single);
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) => throw new NotSupportedException("read only");

    private static T? ReadItem(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var wanted = typeof(T) == typeof(string) ? JsonTokenType.String : JsonTokenType.StartObject;
        if (reader.TokenType != wanted && !(typeof(T) == typeof(string) && reader.TokenType == JsonTokenType.Number))
        {
            reader.Skip();
            return null;
        }

        return JsonSerializer.Deserialize<T>(ref reader, options);
    }
}

/// <summary>A text as a string (trimmed, blank as null) or a number (its digits); anything else as null.</summary>
public sealed class LenientStringConverter : JsonConverter<string>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = reader.GetString();
                return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            case JsonTokenType.Number:
                return System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => throw new NotSupportedException("read only");
}
