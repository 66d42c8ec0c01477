using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Health.Tests.Immunisation;

/// <summary>Recording doses over HTTP: what is refused and why, the event, idempotent retries, the child's card.</summary>
public sealed class RecordImmunisationTests
{
    private TestHost _host = null!;
    private ImmunisationWorld _world = null!;
    private HttpClient _admin = null!;
    private HttpClient _kader = null!;
    private Guid _posyandu;
    private Guid _complete;
    private Guid _young;
    private Guid _forEvents;
    private Guid _forRetries;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await TestHost.StartAsync();
        _admin = _host.Client([Roles.Admin]);
        _world = new ImmunisationWorld(_host, _admin);
        _posyandu = await _world.PosyanduAsync("Posyandu Melati");
        var household = await _world.HouseholdAsync(_posyandu);
        _complete = await _world.ChildAsync(household, new DateOnly(2025, 1, 6));
        _young = await _world.ChildAsync(household, new DateOnly(2026, 6, 1));
        _forEvents = await _world.ChildAsync(household, new DateOnly(2026, 6, 1));
        _forRetries = await _world.ChildAsync(household, new DateOnly(2026, 3, 1));
        await _world.DeliverAsync();
        _kader = _host.Client([Roles.Kader], region: ImmunisationWorld.Perian, posyandu: _posyandu, sectors: ["health"]);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _kader.Dispose();
        _admin.Dispose();
        await _host.DisposeAsync();
    }

    private Task<HttpResponseMessage> RecordAsync(Guid child, string antigen, int dose, string givenOn, string place = "posyandu", string? key = null) =>
        _kader.PostJson($"/api/health/children/{child}/immunisations", new { antigen, doseNumber = dose, givenOn, batchNumber = "1234B567", place }, key);

    [Test]
    public async Task A_dose_is_stored_with_the_age_and_place_and_published_once_without_the_name()
    {
        var dose = await (await RecordAsync(_forEvents, "opv", 1, "2026-07-01", "puskesmas")).ShouldBe<JsonElement>(HttpStatusCode.Created);

        Assert.That(dose.GetProperty("ageDays").GetInt32(), Is.EqualTo(30));
        Assert.That(dose.GetProperty("place").GetString(), Is.EqualTo("puskesmas"));
        Assert.That(dose.GetProperty("batchNumber").GetString(), Is.EqualTo("1234B567"));
        var published = (await _world.EventsAboutAsync(_forEvents)).Single();
        Assert.That(published.GetProperty("doseId").GetGuid(), Is.EqualTo(dose.GetProperty("id").GetGuid()));
        Assert.That(published.GetProperty("posyanduId").GetGuid(), Is.EqualTo(_posyandu));
        Assert.That(published.GetProperty("regionCode").GetString(), Is.EqualTo(ImmunisationWorld.Perian));
        Assert.That(published.GetProperty("period").GetString(), Is.EqualTo("2026-07"));
        Assert.That(published.GetProperty("antigen").GetString(), Is.EqualTo("opv"));
        Assert.That(published.GetProperty("doseNumber").GetInt32(), Is.EqualTo(1));
        Assert.That(published.GetProperty("ageDays").GetInt32(), Is.EqualTo(30));
        Assert.That(published.GetProperty("completesBasicImmunisation").GetBoolean(), Is.False);
        Assert.That(published.ToString(), Does.Not.Contain("Rizky"), "no names in the event");
    }

    [Test]
    public async Task The_dose_that_makes_a_child_idl_complete_before_twelve_months_says_so_once()
    {
        (string Antigen, int Dose, string On)[] doses =
        [
            ("hb0", 1, "2025-01-07"), ("bcg", 1, "2025-02-06"), ("opv", 1, "2025-02-06"), ("opv", 2, "2025-03-06"), ("dpt-hb-hib", 1, "2025-03-06"),
            ("opv", 3, "2025-04-07"), ("dpt-hb-hib", 2, "2025-04-07"), ("opv", 4, "2025-05-06"), ("dpt-hb-hib", 3, "2025-05-06"), ("ipv", 1, "2025-05-06"),
            ("pcv", 1, "2025-05-06"), ("mr", 1, "2025-10-06"), ("dpt-hb-hib", 4, "2026-07-06"),
        ];
        foreach (var (antigen, dose, on) in doses)
        {
            await (await RecordAsync(_complete, antigen, dose, on)).ShouldBe<JsonElement>(HttpStatusCode.Created);
        }

        var events = await _world.EventsAboutAsync(_complete);
        var completing = events.Where(e => e.GetProperty("completesBasicImmunisation").GetBoolean()).ToList();
        Assert.That(events, Has.Count.EqualTo(doses.Length));
        Assert.That(completing.Select(e => e.GetProperty("antigen").GetString()), Is.EqualTo(new[] { "mr" }));
        Assert.That(completing[0].GetProperty("basicImmunisationCompletedOn").GetString(), Is.EqualTo("2025-10-06"));

        var card = await (await _kader.GetAsync($"/api/health/children/{_complete}/immunisations")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        var basic = card.GetProperty("basicImmunisation");
        Assert.That(basic.GetProperty("completeByFirstBirthday").GetBoolean(), Is.True);
        Assert.That(basic.GetProperty("completedOn").GetString(), Is.EqualTo("2025-10-06"));
        Assert.That(card.GetProperty("doses").GetArrayLength(), Is.EqualTo(doses.Length));
        var schedule = card.GetProperty("schedule").EnumerateArray().ToList();
        Assert.That(schedule, Has.Count.EqualTo(20));
        Assert.That(schedule.Count(s => s.GetProperty("status").GetString() == "given"), Is.EqualTo(doses.Length));
        Assert.That(schedule.Single(s => s.GetProperty("antigen").GetString() == "pcv" && s.GetProperty("dose").GetInt32() == 2).GetProperty("status").GetString(),
            Is.EqualTo("overdue"), "PCV 2 was due 4 weeks after PCV 1 (May 2025) and never given");
        Assert.That(card.GetProperty("complete").GetBoolean(), Is.False, "PCV, RV, IPV 2 and MR 2 are missing");
    }

    [Test]
    public async Task A_child_unknown_to_health_is_not_found()
    {
        var before = await _world.CountDosesAsync();

        await (await RecordAsync(Guid.NewGuid(), "bcg", 1, "2026-07-01")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _kader.GetAsync($"/api/health/children/{Guid.NewGuid()}/immunisations")).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(await _world.CountDosesAsync(), Is.EqualTo(before));
    }

    [TestCase("bcg", 1, "2026-05-31", "posyandu", "givenOn", TestName = "A dose before the birth date is a 400 on givenOn")]
    [TestCase("campak", 1, "2026-07-01", "posyandu", "antigen", TestName = "An unknown antigen is a 400 on antigen")]
    [TestCase("opv", 5, "2026-07-01", "posyandu", "doseNumber", TestName = "A dose number beyond the schedule is a 400 on doseNumber")]
    [TestCase("mr", 0, "2026-07-01", "posyandu", "doseNumber", TestName = "Dose number zero is a 400 on doseNumber")]
    [TestCase("bcg", 1, "2026-07-01", "rumah", "place", TestName = "An unknown place is a 400 on place")]
    [TestCase("bcg", 1, "2026-07-01", "other", "placeName", TestName = "Another place without its name is a 400 on placeName")]
    public async Task Bad_fields_are_400_with_the_field_named_and_store_nothing(string antigen, int dose, string givenOn, string place, string field)
    {
        var before = await _world.CountDosesAsync();

        var problem = await (await RecordAsync(_young, antigen, dose, givenOn, place)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { field }));
        Assert.That(await _world.CountDosesAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_dose_in_the_future_is_a_400_on_given_on()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8).AddDays(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var problem = await (await RecordAsync(_young, "bcg", 1, tomorrow)).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EqualTo(new[] { "givenOn" }));
    }

    [Test]
    public async Task Doses_the_schedule_would_not_count_are_422_with_the_reason_and_store_nothing()
    {
        var before = await _world.CountDosesAsync();

        var tooYoung = await (await RecordAsync(_young, "mr", 1, "2026-08-01")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var skipped = await (await RecordAsync(_young, "dpt-hb-hib", 2, "2026-09-01")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var lateBirthDose = await (await RecordAsync(_young, "hb0", 1, "2026-06-09")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        Assert.That(tooYoung.GetProperty("detail").GetString(), Does.Contain("valid from age 9 bulan (2027-03-01)"));
        Assert.That(skipped.GetProperty("detail").GetString(), Does.Contain("dose 1 of this antigen is not recorded"));
        Assert.That(lateBirthDose.GetProperty("detail").GetString(), Does.Contain("up to age 7 hari (2026-06-08)"));
        Assert.That(await _world.CountDosesAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_dose_too_soon_after_the_previous_one_is_422_and_the_same_dose_twice_is_409()
    {
        var first = await (await RecordAsync(_young, "rv", 1, "2026-07-15")).ShouldBe<JsonElement>(HttpStatusCode.Created);

        var tooSoon = await (await RecordAsync(_young, "rv", 2, "2026-08-11")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var twice = await (await RecordAsync(_young, "rv", 1, "2026-07-20")).ShouldBeProblem(HttpStatusCode.Conflict);

        Assert.That(tooSoon.GetProperty("detail").GetString(), Does.Contain("from 2026-08-12"));
        Assert.That(twice.GetProperty("existingId").GetGuid(), Is.EqualTo(first.GetProperty("id").GetGuid()));
        await (await RecordAsync(_young, "rv", 2, "2026-08-12")).ShouldBe<JsonElement>(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_retry_with_the_same_idempotency_key_creates_one_dose_and_one_event()
    {
        var key = Guid.NewGuid().ToString();

        var first = await RecordAsync(_forRetries, "bcg", 1, "2026-04-01", key: key);
        var retry = await RecordAsync(_forRetries, "bcg", 1, "2026-04-01", key: key);

        var created = await first.ShouldBe<JsonElement>(HttpStatusCode.Created);
        var replayed = await retry.ShouldBe<JsonElement>(HttpStatusCode.Created);
        Assert.That(retry.Headers.GetValues("Idempotency-Replayed"), Is.EqualTo(new[] { "true" }));
        Assert.That(replayed.GetProperty("id").GetGuid(), Is.EqualTo(created.GetProperty("id").GetGuid()));
        var card = await (await _kader.GetAsync($"/api/health/children/{_forRetries}/immunisations")).ShouldBe<JsonElement>(HttpStatusCode.OK);
        Assert.That(card.GetProperty("doses").GetArrayLength(), Is.EqualTo(1));
        Assert.That(await _world.EventsAboutAsync(_forRetries), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Only_health_may_write_and_others_see_only_their_own_region()
    {
        using var educationKader = _host.Client([Roles.Kader], region: ImmunisationWorld.Perian, posyandu: _posyandu, sectors: ["education"]);
        using var samarinda = _host.Client([Roles.Health], region: "64.72");
        using var dpmd = _host.Client([Roles.Dpmd], region: "64.02");

        var refused = await educationKader.PostJson($"/api/health/children/{_young}/immunisations", new { antigen = "bcg", doseNumber = 1, givenOn = "2026-07-01", place = "posyandu" });
        await (await samarinda.PostJson($"/api/health/children/{_young}/immunisations", new { antigen = "bcg", doseNumber = 1, givenOn = "2026-07-01", place = "posyandu" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        await (await samarinda.GetAsync($"/api/health/children/{_young}/immunisations")).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await dpmd.GetAsync($"/api/health/children/{_young}/immunisations")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
