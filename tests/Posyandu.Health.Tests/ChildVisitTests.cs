using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Persistence;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests;

/// <summary>Recording under-five visits against Health's projection of the registry's residents.</summary>
public sealed class ChildVisitTests
{
    private const string Perian = "64.02.01.2001";
    private TestHost _host = null!;
    private HttpClient _kader = null!;
    private Guid _child;
    private Guid _adult;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        using var admin = _host.Client([Roles.Admin]);
        var posyandu = await IdOf(await admin.PostJson("/api/registry/posyandu", new { name = "Posyandu Melati", regionCode = Perian, serviceDay = 10 }));
        var household = await IdOf(await admin.PostJson("/api/registry/households", new { nomorKk = "6402010101200002", regionCode = Perian, posyanduId = posyandu }));
        _child = await ResidentAsync(admin, household, "6402011705240002", "2024-05-17");
        _adult = await ResidentAsync(admin, household, "6402011708900002", "1990-08-17");
        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("registry", CancellationToken.None);
        _kader = _host.Client([Roles.Kader], region: Perian, posyandu: posyandu, sectors: ["health"]);
        _posyandu = posyandu;
    }

    private Guid _posyandu;

    [Test]
    public async Task A_kader_who_does_not_serve_health_cannot_record_a_visit()
    {
        using var educationKader = _host.Client([Roles.Kader], region: Perian, posyandu: _posyandu, sectors: ["education"]);

        var response = await educationKader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-11-10", weightKg = 10.0 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _kader.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task A_visit_stores_the_who_results_computed_from_the_registered_birth_date_and_publishes_child_measured()
    {
        var visit = await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-11-10", weightKg = 10.5, lengthHeightCm = 80.0, measurement = "lying" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(visit.GetProperty("ageDays").GetInt32(), Is.EqualTo(907));
        Assert.That(visit.GetProperty("lengthHeightForAgeZ").GetDouble(), Is.EqualTo(-3.68));
        await using var scope = _host.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<HealthDbContext>().OutboxMessages.Where(m => m.Type.EndsWith("ChildMeasured")).Select(m => m.Payload).ToListAsync();
        var published = JsonDocument.Parse(events.Single(p => p.Contains(visit.GetProperty("id").GetString()!))).RootElement;
        Assert.That(published.GetProperty("stunted").GetBoolean(), Is.True);
        Assert.That(published.GetProperty("period").GetString(), Is.EqualTo("2026-11"));
        Assert.That(published.ToString(), Does.Not.Contain("Rizky"), "no names in the event");
    }

    [Test]
    public async Task An_absurd_weight_is_accepted_but_flagged()
    {
        var visit = await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-11-11", weightKg = 95.0 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(visit.GetProperty("flagged").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Bad_visits_are_refused_and_store_nothing()
    {
        var before = await CountVisitsAsync();

        await (await _kader.PostJson($"/api/health/children/{Guid.NewGuid()}/visits", new { measuredOn = "2026-11-10", weightKg = 9.0 })).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _kader.PostJson($"/api/health/children/{_adult}/visits", new { measuredOn = "2026-11-10", weightKg = 60.0 })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var negative = await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-11-10", weightKg = -2.0 })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var nothing = await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-11-10" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var notANumber = await (await _kader.PostAsync($"/api/health/children/{_child}/visits",
            new StringContent("""{ "measuredOn": "2026-11-10", "weightKg": "sepuluh" }""", System.Text.Encoding.UTF8, "application/json"))).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(negative.ErrorFields(), Is.EqualTo(new[] { "weightKg" }));
        Assert.That(nothing.ErrorFields(), Is.EqualTo(new[] { "weightKg" }));
        Assert.That(notANumber.ErrorFields(), Is.EqualTo(new[] { "weightKg" }));
        Assert.That(await CountVisitsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Posyandu_day_services_must_fit_the_childs_age_and_the_vitamin_a_round()
    {
        var august = await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-08-05", weightKg = 11.0, vitaminA = true, dewormed = true }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);
        var before = await CountVisitsAsync();

        await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-08-20", weightKg = 11.1, vitaminA = true })).ShouldBeProblem(HttpStatusCode.Conflict);
        var march = await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-03-05", weightKg = 10.0, vitaminA = true })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var breastfed = await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-03-05", weightKg = 10.0, exclusiveBreastfeeding = true })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(august.GetProperty("vitaminAIu").GetInt32(), Is.EqualTo(200_000), "the red capsule from 12 months");
        Assert.That(march.ErrorFields(), Is.EqualTo(new[] { "vitaminA" }));
        Assert.That(breastfed.ErrorFields(), Is.EqualTo(new[] { "exclusiveBreastfeeding" }));
        Assert.That(await CountVisitsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_red_lila_reading_is_a_reason_to_refer()
    {
        var visit = await (await _kader.PostJson($"/api/health/children/{_child}/visits", new { measuredOn = "2026-06-05", armCircumferenceCm = 11.2 }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(visit.GetProperty("referralReasons").GetString(), Is.EqualTo("lila-merah"));
        Assert.That(visit.GetProperty("trend").ValueKind, Is.EqualTo(JsonValueKind.Null), "not weighed: no N/T");
    }

    private async Task<int> CountVisitsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HealthDbContext>().Visits.CountAsync();
    }

    private static async Task<Guid> ResidentAsync(HttpClient client, Guid household, string nik, string birthDate) =>
        (await (await client.PostJson("/api/registry/residents", new { nik, name = "Rizky", sex = "male", birthDate, householdId = household, relation = "anak" }))
            .ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("resident").GetProperty("id").GetGuid();

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.ShouldBe<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
