using System.Net;
using Posyandu.Host.Tests.Outbox;
using Posyandu.Host.Tests.TestModules.Alpha;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Host.Tests.Security;

/// <summary>
/// Region and Posyandu scope, enforced once in ModuleDbContext (query filters + save guard) for every entity that
/// declares IRegionScoped / IPosyanduScoped — here on a test module's Place, whose handlers do no filtering at all.
/// </summary>
public sealed class DataScopeTests
{
    private static readonly Guid PosyanduA = Guid.NewGuid();
    private static readonly Guid PosyanduB = Guid.NewGuid();
    private TestHost _host = null!;
    private Place _perian = null!;
    private Place _samarinda = null!;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _host = await TestHost.StartAsync(OutboxTests.AddTestModules);
        using var admin = _host.Client([Roles.Admin]);
        _perian = await Create(admin, "Perian A", "64.02.01.2001", PosyanduA);
        await Create(admin, "Perian B", "64.02.01.2001", PosyanduB);
        _samarinda = await Create(admin, "Samarinda", "64.72.01.1001", Guid.NewGuid());
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [TestCase("64", 3)]
    [TestCase("64.02", 2)]
    [TestCase("64.02.01.2001", 2)]
    [TestCase("64.72", 1)]
    [TestCase("64.01", 0)]
    public async Task A_regional_user_lists_only_records_inside_their_region(string region, int expected)
    {
        using var client = _host.Client([Roles.Dpmd], region: region);

        var places = await (await client.GetAsync("/api/alpha/places")).ShouldBe<List<Place>>(HttpStatusCode.OK);

        Assert.That(places, Has.Count.EqualTo(expected));
        Assert.That(places.Select(p => p.RegionCode), Has.All.StartsWith(region));
    }

    [Test]
    public async Task A_record_outside_the_region_is_404_not_forbidden()
    {
        using var samarinda = _host.Client([Roles.Dpmd], region: "64.72");

        await (await samarinda.GetAsync($"/api/alpha/places/{_perian.Id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await samarinda.GetAsync($"/api/alpha/places/{_samarinda.Id}")).ShouldBe<Place>(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_kader_sees_only_their_own_posyandu()
    {
        using var kader = _host.Client([Roles.Kader], region: "64.02.01.2001", posyandu: PosyanduA);

        var places = await (await kader.GetAsync("/api/alpha/places")).ShouldBe<List<Place>>(HttpStatusCode.OK);

        Assert.That(places.Select(p => p.Name), Is.EqualTo(new[] { "Perian A" }));
    }

    [Test]
    public async Task A_non_admin_without_a_region_claim_sees_nothing()
    {
        using var client = _host.Client([Roles.Dpmd]);

        var places = await (await client.GetAsync("/api/alpha/places")).ShouldBe<List<Place>>(HttpStatusCode.OK);

        Assert.That(places, Is.Empty);
    }

    [Test]
    public async Task Writing_outside_the_scope_is_refused_and_stores_nothing()
    {
        using var samarinda = _host.Client([Roles.Dpmd], region: "64.72");
        using var kader = _host.Client([Roles.Kader], region: "64.02.01.2001", posyandu: PosyanduA);

        await (await samarinda.PostJson("/api/alpha/places", new { id = Guid.NewGuid(), name = "Intruder", regionCode = "64.02.01.2001", posyanduId = PosyanduA }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await kader.PostJson("/api/alpha/places", new { id = Guid.NewGuid(), name = "Other posyandu", regionCode = "64.02.01.2001", posyanduId = PosyanduB }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);

        using var admin = _host.Client([Roles.Admin]);
        var all = await (await admin.GetAsync("/api/alpha/places")).ShouldBe<List<Place>>(HttpStatusCode.OK);
        Assert.That(all.Select(p => p.Name), Has.None.EqualTo("Intruder").And.None.EqualTo("Other posyandu"));
    }

    private static async Task<Place> Create(HttpClient client, string name, string region, Guid posyandu) =>
        await (await client.PostJson("/api/alpha/places", new { id = Guid.NewGuid(), name, regionCode = region, posyanduId = posyandu }))
            .ShouldBe<Place>(HttpStatusCode.Created);
}
