using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Education.Tests;

/// <summary>The village library corner at a Posyandu: inventory of books and learning aids (APE), and its activity log.</summary>
public sealed class LibraryTests : EducationFixture
{
    [Test]
    public async Task Inventory_and_activities_are_kept_per_posyandu_with_totals_per_kind()
    {
        var (posyandu, _) = await PosyanduWithHouseholdAsync("64.02.01.2003", "Posyandu Anggrek");
        using var kader = Host.Client([Roles.Kader], region: "64.02.01.2003", posyandu: posyandu, sectors: ["education"]);

        var books = await (await kader.PostJson($"/api/education/library/{posyandu}/resources", new { kind = "book", name = "Cerita Rakyat Kalimantan", quantity = 12 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        await IdOf(await kader.PostJson($"/api/education/library/{posyandu}/resources", new { kind = "book", name = "Buku Bergambar Hewan", quantity = 8 }));
        await IdOf(await kader.PostJson($"/api/education/library/{posyandu}/resources", new { kind = "educationalToy", name = "Puzzle kayu", quantity = 5, condition = "damaged" }));
        await IdOf(await kader.PostJson($"/api/education/library/{posyandu}/activities", new { date = "2026-10-03", kind = "digitalLiteracy", participants = 15, note = "Aman berinternet" }));
        await IdOf(await kader.PostJson($"/api/education/library/{posyandu}/activities", new { date = "2026-10-17", kind = "visit", participants = 22 }));
        await IdOf(await kader.PostJson($"/api/education/library/{posyandu}/activities", new { date = "2026-11-07", kind = "visit", participants = 9 }));

        var library = await Ok(await Opd.GetAsync($"/api/education/library/{posyandu}?from=2026-10-01&to=2026-10-31"));

        Assert.That(books.GetProperty("regionCode").GetString(), Is.EqualTo("64.02.01.2003"), "the Posyandu's village, from the registry's events");
        Assert.That(library.GetProperty("name").GetString(), Is.EqualTo("Posyandu Anggrek"));
        Assert.That(library.GetProperty("inventory").GetArrayLength(), Is.EqualTo(3));
        Assert.That(Totals(library, "inventoryByKind"), Is.EquivalentTo(new[] { "book:2:20", "educationalToy:1:5" }));
        Assert.That(Totals(library, "activitiesByKind"), Is.EquivalentTo(new[] { "digitalLiteracy:1:15", "visit:1:22" }), "October only");
    }

    [Test]
    public async Task Bad_library_entries_are_refused_and_store_nothing()
    {
        var before = await CountAsync();

        await (await Opd.PostJson($"/api/education/library/{Guid.NewGuid()}/resources", new { kind = "book", name = "Buku", quantity = 1 })).ShouldBeProblem(HttpStatusCode.NotFound);
        var noQuantity = await (await Opd.PostJson($"/api/education/library/{Posyandu}/resources", new { kind = "book", name = "Buku", quantity = 0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var badKind = await (await Opd.PostJson($"/api/education/library/{Posyandu}/activities", new { date = "2026-10-03", kind = "party", participants = 3 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var future = await (await Opd.PostJson($"/api/education/library/{Posyandu}/activities", new { date = "2999-10-03", kind = "visit", participants = 3 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var range = await (await Opd.GetAsync($"/api/education/library/{Posyandu}?from=2026-10-31&to=2026-10-01")).ShouldBeProblem(HttpStatusCode.BadRequest);
        using var samarinda = Host.Client([Roles.Education], region: "64.72");
        await (await samarinda.GetAsync($"/api/education/library/{Posyandu}")).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(noQuantity.ErrorFields(), Is.EqualTo(new[] { "quantity" }));
        Assert.That(badKind.ErrorFields(), Is.EqualTo(new[] { "kind" }));
        Assert.That(future.ErrorFields(), Is.EqualTo(new[] { "date" }));
        Assert.That(range.ErrorFields(), Is.EqualTo(new[] { "to" }));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_posyandu_the_registry_closed_takes_no_new_entries_but_its_library_can_still_be_read()
    {
        var (closed, _) = await PosyanduWithHouseholdAsync("64.02.01.2005", "Posyandu Dahlia");
        await IdOf(await Opd.PostJson($"/api/education/library/{closed}/resources", new { kind = "book", name = "Buku Resep", quantity = 2 }));
        (await Admin.PostAsync($"/api/registry/posyandu/{closed}/deactivate", null)).EnsureSuccessStatusCode();
        await DeliverRegistryEventsAsync();

        await (await Opd.PostJson($"/api/education/library/{closed}/activities", new { date = "2026-11-03", kind = "visit", participants = 3 }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var library = await Ok(await Opd.GetAsync($"/api/education/library/{closed}"));

        Assert.That(library.GetProperty("inventory").GetArrayLength(), Is.EqualTo(1));
        Assert.That(library.GetProperty("activities").GetArrayLength(), Is.Zero);
    }

    private static List<string> Totals(JsonElement library, string property) =>
        library.GetProperty(property).EnumerateArray()
            .Select(t => $"{t.GetProperty("kind").GetString()}:{t.GetProperty("count").GetInt32()}:{t.GetProperty("quantity").GetInt32()}").ToList();

    private Task<(int Resources, int Activities)> CountAsync() =>
        InDatabase(async db => (await db.LearningResources.CountAsync(), await db.LibraryActivities.CountAsync()));
}
