using System.Text;
using Posyandu.GeneralEducation.Catalogue;

namespace Posyandu.GeneralEducation.Tests;

/// <summary>The topic catalogue kept as data: every tag the issue names has topics, and an inconsistent file is refused at load.</summary>
public sealed class TopicCatalogueTests
{
    [Test]
    public void Every_sector_tag_has_active_topics_with_unique_codes()
    {
        var catalogue = TopicCatalogue.Current;

        Assert.That(catalogue.Sectors.Select(s => s.Tag), Is.EquivalentTo(new[]
        {
            "kesehatan-gizi", "phbs-lingkungan", "bencana-trantibum", "gender-inklusi", "literasi-digital", "pengasuhan-bkb", "keterampilan",
        }));
        Assert.That(catalogue.Sectors.Where(s => !catalogue.Topics.Any(t => t.Sector == s.Tag && t.Active)).Select(s => s.Tag), Is.Empty);
        Assert.That(catalogue.Sources, Has.Some.Contains("Permendagri No. 13 Tahun 2024"));
        Assert.That(catalogue.IsUsable("gizi-seimbang"), Is.True);
        Assert.That(catalogue.IsUsable("astrologi"), Is.False);
    }

    [TestCase("""{ "sources": [], "sectors": [ { "tag": "a", "name": "A" } ], "topics": [ { "code": "x", "sector": "b", "name": "X" } ] }""", "unknown sector tag b")]
    [TestCase("""{ "sources": [], "sectors": [ { "tag": "a", "name": "A" } ], "topics": [ { "code": "x", "sector": "a", "name": "X" }, { "code": "x", "sector": "a", "name": "Y" } ] }""", "listed twice")]
    public void An_inconsistent_catalogue_is_refused_saying_where(string json, string message)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        Assert.That(() => TopicCatalogue.Load(stream), Throws.TypeOf<InvalidDataException>().With.Message.Contains(message));
    }
}
