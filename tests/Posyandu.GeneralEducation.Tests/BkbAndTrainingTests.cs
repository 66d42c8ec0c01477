using System.Net;
using Posyandu.SharedKernel.Security;
using Posyandu.Testing;

namespace Posyandu.GeneralEducation.Tests;

/// <summary>BKB groups (members by the children's age band, meetings attended by members), skills trainings with completion and follow-up, and the sector's service requests.</summary>
public sealed class BkbAndTrainingTests : GeneralEducationFixture
{
    private Guid _mother;
    private Guid _toddler;
    private Guid _baby;
    private Guid _neighbour;
    private Guid _group;

    protected override async Task SeedAsync()
    {
        _mother = await ResidentAsync();
        _neighbour = await ResidentAsync();
        _toddler = await ResidentAsync(birthDate: Iso(Month(1, 15).AddMonths(-27)), relation: "anak");
        _baby = await ResidentAsync(birthDate: Iso(Month(1, 15).AddMonths(-8)), relation: "anak");
        At(Month(1, 15));
        _group = await IdOf(await Kader.PostJson($"/api/generaleducation/posyandu/{Posyandu}/bkb-groups", new { name = "BKB Melati II", ageBand = "months24To35" }));
        (await Kader.PostJson($"/api/generaleducation/bkb-groups/{_group}/members", new { residentId = _mother, childResidentId = _toddler }))
            .EnsureSuccessStatusCode();
    }

    [Test]
    public async Task A_bkb_group_admits_parents_of_children_of_its_age_band_once()
    {
        var wrongBand = await (await Kader.PostJson($"/api/generaleducation/bkb-groups/{_group}/members", new { residentId = _neighbour, childResidentId = _baby }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await Kader.PostJson($"/api/generaleducation/bkb-groups/{_group}/members", new { residentId = _mother, childResidentId = _toddler }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        await (await Kader.PostJson($"/api/generaleducation/bkb-groups/{_group}/members", new { residentId = Guid.NewGuid(), childResidentId = _toddler }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var badBand = await (await Kader.PostJson($"/api/generaleducation/posyandu/{Posyandu}/bkb-groups", new { name = "BKB", ageBand = "months60To71" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(wrongBand.GetProperty("detail").GetString(), Does.Contain("8 months"));
        Assert.That(badBand.ErrorFields(), Is.EqualTo(new[] { "ageBand" }));
    }

    [Test]
    public async Task A_bkb_meeting_is_an_activity_attended_by_the_groups_members()
    {
        var meeting = await ActivityAsync(Month(1, 15), topic: "stimulasi-tumbuh-kembang", bkbGroup: _group, client: Kader);

        await (await AttendAsync(meeting, [Attendee(_mother), Attendee(_neighbour)])).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await Ok(await AttendAsync(meeting, [Attendee(_mother, 50, 80)]));
        var group = await Ok(await Opd.GetAsync($"/api/generaleducation/bkb-groups/{_group}"));
        await (await Opd.PostJson($"/api/generaleducation/posyandu/{Posyandu}/activities", new
        {
            date = Iso(Month(1, 15)), topic = "stimulasi-tumbuh-kembang", method = "diskusi", targetGroup = "parentsOfUnderFives", facilitatorRole = "kader",
            bkbGroupId = Guid.NewGuid(),
        })).ShouldBeProblem(HttpStatusCode.NotFound);

        Assert.That(group.GetProperty("ageBand").GetString(), Is.EqualTo("months24To35"));
        var member = group.GetProperty("members").EnumerateArray().Single();
        Assert.That((member.GetProperty("residentId").GetGuid(), member.GetProperty("childResidentId").GetGuid()), Is.EqualTo((_mother, _toddler)));
        var held = group.GetProperty("meetings").EnumerateArray().Single();
        Assert.That((held.GetProperty("activityId").GetGuid(), held.GetProperty("attendees").GetInt32()), Is.EqualTo((meeting, 1)));
        Assert.That((await ScorecardAsync(Perian, Month(1), "pm-peserta")).Numerator, Is.EqualTo(1));
    }

    [Test]
    public async Task A_training_records_participants_completion_and_a_later_follow_up()
    {
        At(Month(1, 20));
        var training = await IdOf(await Opd.PostJson($"/api/generaleducation/posyandu/{Posyandu}/trainings", new
        {
            course = "Menjahit tas dari kain perca", topic = "menjahit", organiserRole = "social", startDate = Iso(Month(1, 16)), endDate = Iso(Month(1, 18)),
        }));
        await IdOf(await Opd.PostJson($"/api/generaleducation/trainings/{training}/participants", new { residentId = _mother }));
        await IdOf(await Opd.PostJson($"/api/generaleducation/trainings/{training}/participants", new { residentId = _neighbour }));
        await (await Opd.PostJson($"/api/generaleducation/trainings/{training}/participants", new { residentId = _mother })).ShouldBeProblem(HttpStatusCode.Conflict);
        var early = $"/api/generaleducation/trainings/{training}/participants/{_mother}/follow-up";
        await (await Opd.PostJson(early, new { outcome = "startedBusiness", on = Iso(Month(1, 20)) })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await Ok(await Opd.PostJson($"/api/generaleducation/trainings/{training}/participants/{_mother}/completion", new { completed = true, on = Iso(Month(1, 18)) }));
        await Ok(await Opd.PostJson($"/api/generaleducation/trainings/{training}/participants/{_neighbour}/completion", new { completed = false, on = Iso(Month(1, 17)) }));
        await (await Opd.PostJson($"/api/generaleducation/trainings/{training}/participants/{_neighbour}/follow-up", new { outcome = "homeGarden", on = Iso(Month(1, 20)) }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        At(Month(3, 5));
        var followed = await Ok(await Opd.PostJson(early, new { outcome = "startedBusiness", on = Iso(Month(3, 5)), note = "Menerima pesanan tas dari warga" }));
        var read = await Ok(await Kader.GetAsync($"/api/generaleducation/trainings/{training}"));
        using var province = Host.Client([Roles.Dpmd], region: "64"); // sees the counts below the small-cell threshold
        var report = await Ok(await province.GetAsync($"/api/generaleducation/report?region={Perian}&period={PeriodOf(Month(1))}"));

        Assert.That((read.GetProperty("participants").GetInt32(), read.GetProperty("completed").GetInt32()), Is.EqualTo((2, 1)));
        var mother = read.GetProperty("trainees").EnumerateArray().Single(t => t.GetProperty("residentId").GetGuid() == _mother);
        Assert.That((mother.GetProperty("followUp").GetString(), mother.GetProperty("followUpOn").GetString()), Is.EqualTo(("startedBusiness", Iso(Month(3, 5)))));
        Assert.That(followed.GetProperty("organiserRole").GetString(), Is.EqualTo("social"));
        Assert.That(report.GetProperty("total").GetProperty("trainingsCompleted").GetInt32(), Is.EqualTo(1));
        Assert.That((await ScorecardAsync("64", Month(1), "pm-pelatihan")).Numerator, Is.EqualTo(1));
    }

    [Test]
    public async Task A_training_needs_a_keterampilan_topic_an_opd_and_sensible_days()
    {
        var problem = await (await Opd.PostJson($"/api/generaleducation/posyandu/{Posyandu}/trainings", new
        {
            course = "Gizi", topic = "gizi-seimbang", organiserRole = "kader", startDate = Iso(Month(1, 10)), endDate = Iso(Month(1, 9)),
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That(problem.ErrorFields(), Is.EquivalentTo(new[] { "topic", "organiserRole", "endDate" }));
    }

    [Test]
    public async Task A_posyandu_asks_the_opd_for_a_kie_session_through_the_shared_workflow()
    {
        var id = await IdOf(await Kader.PostJson("/api/generaleducation/service-requests", new
        {
            type = "kie-activity", residentId = _mother, posyanduId = Posyandu, regionCode = Perian,
            description = "Mohon narasumber penyuluhan kesiapsiagaan banjir untuk warga RT 03",
        }));
        var read = await Ok(await Opd.GetAsync($"/api/generaleducation/service-requests/{id}"));
        var listed = await Ok(await Opd.GetAsync("/api/generaleducation/service-requests?type=kie-activity"));
        var unknownType = await (await Kader.PostJson("/api/generaleducation/service-requests", new
        {
            type = "rtlh-rehab", residentId = _mother, posyanduId = Posyandu, regionCode = Perian, description = "Rumah",
        })).ShouldBeProblem(HttpStatusCode.BadRequest);

        Assert.That((read.GetProperty("sector").GetString(), read.GetProperty("status").GetString()), Is.EqualTo(("generaleducation", "diajukan")));
        Assert.That(listed.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()), Does.Contain(id));
        Assert.That(unknownType.GetProperty("errors").GetProperty("type")[0].GetString(), Does.Contain("kie-activity, skills-training"));
    }
}
