using System.Net;
using System.Text.Json;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Social.Tests;

/// <summary>The PPKS register and disability records: steps with history, and who may see a person's details (one host with WelfareTests.cs).</summary>
public sealed partial class SocialRecordsTests : SocialFixture
{
    private Guid _elderly;
    private Guid _disabled;
    private Guid _case;

    protected override async Task SeedAsync()
    {
        var (_, members) = await HouseholdAsync(new DateOnly(1950, 2, 3), Adult);
        (_elderly, _disabled) = (members[0], members[1]);
        _case = await IdOf(await Kader.PostJson("/api/social/ppks", new
        {
            type = "lanjut-usia-terlantar", residentId = _elderly, identifiedOn = Iso(Today.AddDays(-20)), source = "kaderVisit", note = "Tinggal sendiri",
        }));
        (await Kader.PostJson($"/api/social/residents/{_disabled}/disability", new
        {
            category = "fisik", severity = "severe", devicesNeeded = new[] { "wheelchair" }, assessedOn = Iso(Today.AddDays(-10)),
        })).EnsureSuccessStatusCode();
    }

    [Test]
    public async Task A_case_moves_identified_verified_served_closed_with_its_history_and_refuses_a_skipped_step()
    {
        var (household, members) = await HouseholdAsync(Adult);
        var id = await IdOf(await Opd.PostJson("/api/social/ppks", new { type = "fakir-miskin", residentId = members[0], identifiedOn = Iso(Today.AddDays(-9)), source = "villageMeeting" }));

        var skipped = await (await Opd.PostJson($"/api/social/ppks/{id}/steps", new { to = "served", on = Iso(Today) })).ShouldBeProblem(HttpStatusCode.Conflict);
        (await Opd.PostJson($"/api/social/ppks/{id}/steps", new { to = "verified", on = Iso(Today.AddDays(-5)) })).EnsureSuccessStatusCode();
        (await Opd.PostJson($"/api/social/ppks/{id}/steps", new { to = "served", on = Iso(Today.AddDays(-2)), note = "Bantuan ATENSI" })).EnsureSuccessStatusCode();
        var closed = await Ok(await Opd.PostJson($"/api/social/ppks/{id}/steps", new { to = "closed", on = Iso(Today) }));

        Assert.That(skipped.GetProperty("detail").GetString(), Does.Contain("verified"));
        Assert.That(closed.GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That(closed.GetProperty("householdId").GetGuid(), Is.EqualTo(household));
        Assert.That(closed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()), Is.EqualTo(new[] { "identified", "verified", "served", "closed" }));
        Assert.That(closed.GetProperty("allowedNext").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task A_type_outside_the_catalogue_or_a_household_type_for_a_person_is_a_400()
    {
        var unknown = await (await Opd.PostJson("/api/social/ppks", new { type = "pengangguran", residentId = _elderly, identifiedOn = Iso(Today), source = "referral" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var wrongSubject = await (await Opd.PostJson("/api/social/ppks", new { type = "korban-bencana-alam", residentId = _elderly, identifiedOn = Iso(Today), source = "referral" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        var both = await (await Opd.PostJson("/api/social/ppks", new { type = "fakir-miskin", residentId = _elderly, householdId = Guid.NewGuid(), identifiedOn = Iso(Today), source = "referral" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(unknown.ErrorFields(), Does.Contain("type"));
        Assert.That(both.ErrorFields(), Is.EqualTo(new[] { "residentId" }));
        Assert.That(wrongSubject.ErrorFields(), Does.Contain("householdId"));
    }

    [Test]
    public async Task The_catalogue_holds_the_26_ppks_types_of_permensos_08_2012()
    {
        var catalogue = await Ok(await Opd.GetAsync("/api/social/catalogue"));

        Assert.That(catalogue.GetProperty("ppksTypes").GetArrayLength(), Is.EqualTo(26));
        Assert.That(catalogue.GetProperty("sources")[0].GetString(), Does.Contain("Nomor 08 Tahun 2012"));
    }

    [Test]
    public async Task Personal_details_are_for_social_dpmd_and_the_recording_kader_only()
    {
        using var otherKader = KaderClient("kader-wati");
        using var dpmd = Host.Client([Roles.Dpmd], region: "64.02");
        using var outside = Host.Client([Roles.Social], region: "64.72");

        var asRecorder = await Ok(await Kader.GetAsync($"/api/social/ppks/{_case}"));
        Assert.That(asRecorder.GetProperty("residentName").GetString(), Is.EqualTo("Warga 1"));
        Assert.That((await Opd.GetAsync($"/api/social/ppks/{_case}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await dpmd.GetAsync($"/api/social/ppks/{_case}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await dpmd.GetAsync($"/api/social/residents/{_disabled}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await otherKader.GetAsync($"/api/social/ppks/{_case}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another kader of the Posyandu");
        Assert.That((await otherKader.GetAsync($"/api/social/residents/{_disabled}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var otherList = await Ok(await otherKader.GetAsync($"/api/social/posyandu/{Posyandu}/ppks"));
        Assert.That(otherList.GetArrayLength(), Is.Zero, "a kader lists the cases they recorded");
        Assert.That((await outside.GetAsync($"/api/social/ppks/{_case}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "Dinas Sosial of another regency");
        foreach (var role in new[] { Roles.Health, Roles.Education, Roles.Housing, Roles.PublicWorks, Roles.GeneralEducation })
        {
            using var sector = Host.Client([role], region: "64");
            Assert.That((await sector.GetAsync($"/api/social/ppks/{_case}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
            Assert.That((await sector.GetAsync($"/api/social/residents/{_disabled}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
            Assert.That((await sector.GetAsync($"/api/social/posyandu/{Posyandu}/ppks")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
        }
    }

    [Test]
    public async Task A_person_s_record_shows_the_disability_in_force_and_the_devices_needed()
    {
        var record = await Ok(await Kader.GetAsync($"/api/social/residents/{_disabled}"));

        Assert.That(record.GetProperty("disabilityInForce").GetProperty("category").GetString(), Is.EqualTo("fisik"));
        Assert.That(record.GetProperty("disabilityInForce").GetProperty("devicesNeeded").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "wheelchair" }));
    }

    [Test]
    public async Task The_scorecard_counts_the_registered_vulnerable_and_the_spm_lansia_service()
    {
        await DispatchAsync("social");
        var period = global::Posyandu.SharedKernel.Domain.Period.Of(Today).ToString();
        using var dpmd = Host.Client([Roles.Dpmd], region: "64");
        var card = await Ok(await dpmd.GetAsync($"/api/reporting/scorecard?region={Perian}&period={period}"));
        var social = card.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("sector").GetString() == "social").GetProperty("indicators")
            .EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("value"));

        Assert.That(social["sos-rentan"].GetDecimal(), Is.GreaterThanOrEqualTo(2m), "the neglected elderly woman and the person with a disability");
        Assert.That(social["sos-spm-lansia"].GetDecimal(), Is.EqualTo(0m), "identified, not yet served");
    }
}
