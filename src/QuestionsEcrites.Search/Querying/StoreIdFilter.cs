using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuestionsEcrites.Search.Indexing;

namespace QuestionsEcrites.Search.Querying;

/// <summary>
/// A set of store ids the results must belong to, computed outside the index (« questions identiques » come from
/// the store's links): <see cref="Name"/> and <see cref="Version"/> name it in cache keys, so counts cached for one
/// version are never served for another.
/// </summary>
public sealed record StoreIdSet(string Name, long Version, IReadOnlySet<int> Ids);

/// <summary>Keeps the documents whose store id (doc values) is in the set: one pass over each segment's ids.</summary>
public sealed class StoreIdFilter(StoreIdSet set) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.AtomicReader;
        var ids = reader.GetNumericDocValues(IndexFields.DbId);
        var bits = new FixedBitSet(reader.MaxDoc);
        if (ids is null || set.Ids.Count == 0)
        {
            return bits;
        }

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if ((acceptDocs is null || acceptDocs.Get(doc)) && set.Ids.Contains((int)ids.Get(doc)))
            {
                bits.Set(doc);
            }
        }

        return bits;
    }

    public override string ToString() => $"ids:{set.Name}@{set.Version}";
}
