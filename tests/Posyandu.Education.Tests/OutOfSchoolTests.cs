using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.Education.Tests;

/// <summary>Out-of-school children (7–18): identification, follow-up, referral through a service request, outcome.</summary>
public sealed class OutOfSchoolTests : EducationFixture
{
    [Test]
    public async Task A_case_is_followed_up_referred_and_resolved_and_the_report_events_carry_reason_and_outcome()
    {
        var child = await ChildAsync("2012-06-01", name: "Siti Nurhaliza");

        var id = await IdOf(await Kader.PostJson($"/api/education/out-of-school/children/{child}/cases",
            new { identifiedOn = "2026-09-14", reason = "work", note = "Membantu orang tua di kebun sawit" }));
        var acted = await Kader.PostJson($"/api/education/out-of-school/cases/{id}/actions", new { date = "2026-09-20", action = "Kunjungan rumah bersama kepala desa" });
        var actedCase = await Ok(acted);
        // The follow-up actions are an owned collection: adding one alone moves the case's version and is audited.
        Assert.That(acted.Headers.ETag?.Tag, Is.EqualTo($"\"{actedCase.GetProperty("version").GetInt32()}\"").And.Not.EqualTo("\"0\""));
        var audit = await Ok(await Admin.GetAsync($"/api/platform/audit?entity=OutOfSchoolCase&entityId={id}"));
        Assert.That(audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()), Is.EquivalentTo(new[] { "create", "update" }));
        var referral = await IdOf(await Kader.PostJson("/api/education/service-requests", new
        {
            type = "return-to-school", residentId = child, posyanduId = Posyandu, regionCode = Perian, description = "Rujukan kembali ke SMP",
        }));
        var resolved = await Ok(await Opd.PostJson($"/api/education/out-of-school/cases/{id}/resolve", new { resolvedOn = "2026-10-30", outcome = "paketB" }));
        var view = await Ok(await Kader.GetAsync($"/api/education/out-of-school/cases/{id}"));

        Assert.That(resolved.GetProperty("outcome").GetString(), Is.EqualTo("paketB"));
        Assert.That(view.GetProperty("case").GetProperty("ageYears").GetInt32(), Is.EqualTo(14));
        Assert.That(view.GetProperty("case").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("action").GetString()),
            Is.EqualTo(new[] { "Kunjungan rumah bersama kepala desa" }));
        Assert.That(view.GetProperty("referrals").EnumerateArray().Select(r => r.GetProperty("requestId").GetGuid()), Is.EqualTo(new[] { referral }));
        var identified = (await PublishedAsync("OutOfSchoolChildIdentified")).Single(e => e.GetProperty("caseId").GetGuid() == id);
        var closed = (await PublishedAsync("OutOfSchoolChildResolved")).Single(e => e.GetProperty("caseId").GetGuid() == id);
        Assert.That(identified.GetProperty("reason").GetString(), Is.EqualTo("work"));
        Assert.That(identified.GetProperty("period").GetString(), Is.EqualTo("2026-09"));
        Assert.That(closed.GetProperty("outcome").GetString(), Is.EqualTo("paketB"));
        Assert.That(closed.GetProperty("reason").GetString(), Is.EqualTo("work"));
        Assert.That(closed.GetProperty("period").GetString(), Is.EqualTo("2026-10"));
        Assert.That(identified.ToString() + closed, Does.Not.Contain("Siti").And.Not.Contain("sawit"), "no names or notes in the events");
        await (await Kader.PostJson($"/api/education/out-of-school/cases/{id}/actions", new { date = "2026-11-01", action = "Lagi" })).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Cases_are_listed_by_open_and_reason()
    {
        var first = await ChildAsync("2010-01-10");
        var second = await ChildAsync("2009-02-11");
        var open = await IdOf(await Kader.PostJson($"/api/education/out-of-school/children/{first}/cases", new { identifiedOn = "2026-08-03", reason = "marriage" }));
        var closed = await IdOf(await Kader.PostJson($"/api/education/out-of-school/children/{second}/cases", new { identifiedOn = "2026-08-03", reason = "marriage" }));
        await Ok(await Kader.PostJson($"/api/education/out-of-school/cases/{closed}/resolve", new { resolvedOn = "2026-08-30", outcome = "vocational" }));

        var openCases = await Ok(await Opd.GetAsync("/api/education/out-of-school/cases?open=true&reason=marriage"));
        var badReason = await (await Opd.GetAsync("/api/education/out-of-school/cases?reason=lazy")).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(openCases.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()), Is.EqualTo(new[] { open }));
        Assert.That(badReason.ErrorFields(), Is.EqualTo(new[] { "reason" }));
    }

    [Test]
    public async Task Bad_cases_are_refused_with_a_problem_and_store_nothing()
    {
        var fiveYearOld = await ChildAsync("2021-06-01");
        var pupil = await ChildAsync("2013-04-04");
        var withCase = await ChildAsync("2014-04-04");
        var existing = await IdOf(await Kader.PostJson($"/api/education/out-of-school/children/{withCase}/cases", new { identifiedOn = "2026-10-01", reason = "distance" }));
        var before = await CountAsync();
        var good = new { identifiedOn = "2026-10-01", reason = "cost" };

        await (await Kader.PostJson($"/api/education/out-of-school/children/{Guid.NewGuid()}/cases", good)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await Kader.PostJson($"/api/education/out-of-school/children/{fiveYearOld}/cases", good)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson($"/api/education/out-of-school/children/{withCase}/cases", good)).ShouldBeProblem(HttpStatusCode.Conflict);
        var noReason = await (await Kader.PostJson($"/api/education/out-of-school/children/{pupil}/cases", new { identifiedOn = "2026-10-01" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var otherWithoutNote = await (await Kader.PostJson($"/api/education/out-of-school/children/{pupil}/cases", new { identifiedOn = "2026-10-01", reason = "other" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var future = await (await Kader.PostJson($"/api/education/out-of-school/children/{pupil}/cases", new { identifiedOn = "2999-01-01", reason = "cost" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var resolvedBefore = await (await Kader.PostJson($"/api/education/out-of-school/cases/{existing}/resolve", new { resolvedOn = "2026-09-30", outcome = "returnedToSchool" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var actionBefore = await (await Kader.PostJson($"/api/education/out-of-school/cases/{existing}/actions", new { date = "2026-09-30", action = "Kunjungan" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await Kader.PostJson($"/api/education/out-of-school/cases/{Guid.NewGuid()}/resolve", new { resolvedOn = "2026-10-30", outcome = "paketA" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(noReason.ErrorFields(), Is.EqualTo(new[] { "reason" }));
        Assert.That(otherWithoutNote.ErrorFields(), Is.EqualTo(new[] { "note" }));
        Assert.That(future.ErrorFields(), Is.EqualTo(new[] { "identifiedOn" }));
        Assert.That(resolvedBefore.ErrorFields(), Is.EqualTo(new[] { "resolvedOn" }));
        Assert.That(actionBefore.ErrorFields(), Is.EqualTo(new[] { "date" }));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_case_outside_the_callers_region_is_not_found()
    {
        var child = await ChildAsync("2012-12-12");
        var id = await IdOf(await Kader.PostJson($"/api/education/out-of-school/children/{child}/cases", new { identifiedOn = "2026-10-01", reason = "disability" }));
        using var samarinda = Host.Client([Roles.Education], region: "64.72");

        await (await samarinda.GetAsync($"/api/education/out-of-school/cases/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await samarinda.PostJson($"/api/education/out-of-school/children/{child}/cases", new { identifiedOn = "2026-10-01", reason = "cost" }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private Task<(int Cases, int Actions, int Events)> CountAsync() =>
        InDatabase(async db => (await db.OutOfSchoolCases.CountAsync(), await db.OutOfSchoolCases.SelectMany(c => c.Actions).CountAsync(),
            await db.OutboxMessages.CountAsync()));
}
