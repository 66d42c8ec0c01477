using System.Net;
using System.Text.Json;
using Posyandu.Testing;

namespace Posyandu.GeneralEducation.Tests;

/// <summary>
/// A Posyandu's monthly plan against what was held (<c>pm-sesi</c>): across a month boundary and for a plan changed after
/// its month began, in the module's plan view and on the DPMD scorecard.
/// </summary>
public sealed class PlanTests : GeneralEducationFixture
{
    private Guid _heldOnTime;
    private Guid _heldAfterTheMonth;
    private Guid _cancelledMidMonth;
    private Guid _addedMidMonth;
    private Guid _nextMonth;
    private Guid _resident;

    /// <summary>
    /// Month 1, planned on its 1st: three lines; month 2: one. On the 12th the plan changes — one line cancelled, one
    /// added. Held: the first on the 10th; the second only on the 1st of month 2 (after its month); the added one on
    /// the 25th (attendance entered on the 2nd of month 2); month 2's on its 3rd.
    /// </summary>
    protected override async Task SeedAsync()
    {
        _resident = await ResidentAsync();
        At(Month(1, 1));
        _heldOnTime = await PlanAsync(Month(1, 10));
        _heldAfterTheMonth = await PlanAsync(Month(1, 28), "cuci-tangan");
        _cancelledMidMonth = await PlanAsync(Month(1, 20), "siaga-banjir");
        _nextMonth = await PlanAsync(Month(2, 3), "hoaks");

        At(Month(1, 12));
        await Ok(await Kader.PostJson($"/api/generaleducation/planned-activities/{_cancelledMidMonth}/cancel", new { reason = "Narasumber BPBD berhalangan" }));
        _addedMidMonth = await PlanAsync(Month(1, 25), "kdrt");
        await Ok(await AttendAsync(await ActivityAsync(Month(1, 10), _heldOnTime), [Attendee(_resident)]));

        At(Month(2, 2));
        await Ok(await AttendAsync(await ActivityAsync(Month(2, 1), _heldAfterTheMonth, "cuci-tangan"), [Attendee(_resident)]));
        await Ok(await AttendAsync(await ActivityAsync(Month(1, 25), _addedMidMonth, "kdrt"), [], guests: 12));

        At(Month(2, 3));
        await Ok(await AttendAsync(await ActivityAsync(Month(2, 3), _nextMonth, "hoaks"), [Attendee(_resident)], guests: 2));
    }

    [Test]
    public async Task The_plan_counts_as_it_stands_and_a_session_held_after_its_month_is_not_held_as_planned()
    {
        var first = await Ok(await Kader.GetAsync($"/api/generaleducation/posyandu/{Posyandu}/plans/{PeriodOf(Month(1))}"));
        var second = await Ok(await Opd.GetAsync($"/api/generaleducation/posyandu/{Posyandu}/plans/{PeriodOf(Month(2))}"));

        Assert.That((first.GetProperty("planned").GetInt32(), first.GetProperty("held").GetInt32(), first.GetProperty("cancelled").GetInt32()), Is.EqualTo((3, 2, 1)));
        Assert.That(first.GetProperty("heldPercent").GetDecimal(), Is.EqualTo(66.7m));
        var lines = first.GetProperty("activities").EnumerateArray().ToDictionary(l => l.GetProperty("id").GetGuid());
        Assert.That(lines[_heldAfterTheMonth].GetProperty("heldOn").GetString(), Is.EqualTo(Iso(Month(2, 1))));
        Assert.That(lines[_heldAfterTheMonth].GetProperty("heldInMonth").GetBoolean(), Is.False);
        Assert.That(lines[_addedMidMonth].GetProperty("heldInMonth").GetBoolean(), Is.True, "held on the 25th, entered in the next month");
        Assert.That(lines[_cancelledMidMonth].GetProperty("status").GetString(), Is.EqualTo("cancelled"));
        Assert.That(lines[_cancelledMidMonth].GetProperty("cancelledOn").GetString(), Is.EqualTo(Iso(Month(1, 12))));
        Assert.That((second.GetProperty("planned").GetInt32(), second.GetProperty("held").GetInt32()), Is.EqualTo((1, 1)),
            "month 2 counts its own line; the late session of month 1 is not a line of month 2");
    }

    [Test]
    public async Task The_scorecard_shows_planned_versus_held_per_month()
    {
        Assert.That(await ScorecardAsync("64", Month(1), "pm-sesi"), Is.EqualTo((2L, 3L)));
        Assert.That(await ScorecardAsync(Perian, Month(1), "pm-sesi"), Is.EqualTo((2L, 3L)));
        Assert.That(await ScorecardAsync("64.02", Month(2), "pm-sesi"), Is.EqualTo((1L, 1L)));
        Assert.That(await ScorecardAsync("64.72", Month(1), "pm-sesi"), Is.EqualTo((0L, 0L)), "nothing planned in Samarinda");
    }

    [Test]
    public async Task A_held_line_cannot_be_cancelled_nor_a_cancelled_one_again_nor_realised()
    {
        await (await Kader.PostJson($"/api/generaleducation/planned-activities/{_heldOnTime}/cancel", new { })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson($"/api/generaleducation/planned-activities/{_cancelledMidMonth}/cancel", new { })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await Opd.PostJson($"/api/generaleducation/posyandu/{Posyandu}/activities", new
        {
            date = Iso(Month(1, 21)), topic = "siaga-banjir", method = "penyuluhan", targetGroup = "everyone", facilitatorRole = "generaleducation",
            plannedActivityId = _cancelledMidMonth,
        })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Opd.PostJson($"/api/generaleducation/posyandu/{Posyandu}/activities", new
        {
            date = Iso(Month(1, 11)), topic = "gizi-seimbang", method = "penyuluhan", targetGroup = "everyone", facilitatorRole = "kader",
            plannedActivityId = _heldOnTime,
        })).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Bad_plan_lines_are_400_problems_naming_the_field()
    {
        var url = $"/api/generaleducation/posyandu/{Posyandu}/plans/{PeriodOf(Month(3))}/activities";

        var topic = await (await Kader.PostJson(url, new { topic = "astrologi", targetGroup = "everyone", facilitatorRole = "kader" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var role = await (await Kader.PostJson(url, new { topic = "hoaks", targetGroup = "everyone", facilitatorRole = "lurah" })).ShouldBeProblem(HttpStatusCode.BadRequest);
        var day = await (await Kader.PostJson(url, new { topic = "hoaks", targetGroup = "everyone", facilitatorRole = "kader", plannedDate = Iso(Month(4, 2)) }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var period = await (await Kader.PostJson($"/api/generaleducation/posyandu/{Posyandu}/plans/2026-13/activities", new { topic = "hoaks", targetGroup = "everyone", facilitatorRole = "kader" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        var unknown = await Kader.PostJson($"/api/generaleducation/posyandu/{Guid.NewGuid()}/plans/{PeriodOf(Month(3))}/activities", new { topic = "hoaks", targetGroup = "everyone", facilitatorRole = "kader" });

        Assert.That(topic.ErrorFields(), Is.EqualTo(new[] { "topic" }));
        Assert.That(role.ErrorFields(), Is.EqualTo(new[] { "facilitatorRole" }));
        Assert.That(day.ErrorFields(), Is.EqualTo(new[] { "plannedDate" }));
        Assert.That(period.ErrorFields(), Is.EqualTo(new[] { "period" }));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_activity_dated_in_the_future_cannot_record_attendance()
    {
        At(Month(2, 3));
        var ahead = await ActivityAsync(Month(2, 20), topic: "psn-dbd");

        var problem = await (await AttendAsync(ahead, [Attendee(_resident)])).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var scheduled = await Ok(await Kader.GetAsync($"/api/generaleducation/activities/{ahead}"));

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(Iso(Month(2, 20))));
        Assert.That(scheduled.GetProperty("status").GetString(), Is.EqualTo("scheduled"));
        Assert.That(scheduled.GetProperty("attendees").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task Each_change_of_a_line_publishes_its_whole_contribution_without_names()
    {
        var contributions = (await PublishedAsync("SpmDataReported"))
            .Where(e => e.GetProperty("subjectId").GetGuid() == _cancelledMidMonth).ToList();

        Assert.That(contributions.Select(c => c.GetProperty("values").GetArrayLength()), Is.EqualTo(new[] { 1, 0 }), "planned, then cancelled: nothing");
        Assert.That(contributions[0].GetProperty("values")[0].GetProperty("element").GetString(), Is.EqualTo("generaleducation.sessions_planned"));
        Assert.That(contributions[0].ToString(), Does.Not.Contain("Siti"));
    }
}
