using Microsoft.Extensions.DependencyInjection;
using Posyandu.GeneralEducation.Catalogue;
using Posyandu.GeneralEducation.Features.Activities;
using Posyandu.GeneralEducation.Features.Plans;
using Posyandu.GeneralEducation.Features.Trainings;
using Posyandu.SharedKernel.Domain;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.GeneralEducation.Synthetic;

/// <summary>
/// Community education through the module's own commands: each Posyandu's monthly plans (AddPlannedActivity), the
/// sessions held with their attendance (RecordActivity, RecordAttendance), the cancelled lines (CancelPlannedActivity),
/// the sessions entered ahead for the rest of this month, and one skills training a year with completions and
/// follow-ups (StartTraining, EnrolTrainee, RecordTrainingCompletion, RecordTrainingFollowUp).
/// </summary>
internal sealed class GeneralEducationWriter : ISectorWriter
{
    public string Module => GeneralEducationModule.ModuleName;

    public int Stream => 6;

    public async Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(SectorWriting writing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writing);
        var (services, faker, roster, progress) = (writing.Services, writing.Faker, writing.Roster, writing.Progress);
        var model = new GeneralEducationModel(faker);
        var sites = await PosyanduByVillageAsync(services, ct);
        var villagers = roster.Members.GroupBy(m => m.Village).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var (planned, held, attendances, trainees) = (0L, 0L, 0L, 0L);
        var bar = progress("generaleducation: Posyandu", sites.Count);
        await using var commands = new CommandBatch<GeneralEducationDbContext>(services);
        foreach (var (village, posyandu) in sites)
        {
            var regulars = model.Regulars(villagers.GetValueOrDefault(village) ?? [], roster.Today);
            for (var month = Period.Of(roster.From); month <= Period.Of(roster.Today); month = month.Next())
            {
                foreach (var s in model.Month(month, roster.Today))
                {
                    var line = await commands.SendAsync(new AddPlannedActivity(posyandu, month,
                        new AddPlannedActivity.Body(s.Topic, s.TargetGroup, s.FacilitatorRole, s.Day, null)), ct);
                    planned++;
                    if (s.Cancelled)
                    {
                        await commands.SendAsync(new CancelPlannedActivity(line.Id, new CancelPlannedActivity.Body("Narasumber berhalangan"), s.Day), ct);
                        continue;
                    }

                    if (!s.Held && s.Day <= roster.Today)
                    {
                        continue; // planned, not held, not cancelled either
                    }

                    var activity = await commands.SendAsync(new RecordActivity(posyandu, new RecordActivity.Body(
                        s.Day, s.Topic, s.Method, s.TargetGroup, s.FacilitatorRole, null, Materials(s.Method), line.Id, null)), ct);
                    if (s.Held)
                    {
                        var (attendees, guests) = model.Attendance(regulars);
                        await commands.SendAsync(new RecordAttendance(activity.Id,
                            new RecordAttendance.Body([.. attendees.Select(a => new RecordAttendance.Attendee(a.Resident, a.Pre, a.Post))], guests), roster.Today), ct);
                        held++;
                        attendances += attendees.Count;
                    }
                }
            }

            trainees += await TrainingAsync(commands, model, posyandu, regulars, roster, ct);
            bar.Advance();
        }

        await commands.CommitAsync(ct);
        bar.Finish();
        return [("planned activities", planned), ("of them held", held), ("attendances", attendances), ("training participants", trainees)];
    }

    /// <summary>One skills training in the window's first half, so its follow-ups have happened by today.</summary>
    private static async Task<long> TrainingAsync(
        CommandBatch<GeneralEducationDbContext> commands, GeneralEducationModel model, Guid posyandu, List<Member> regulars, Roster roster, CancellationToken ct)
    {
        var faker = model.Faker;
        var participants = faker.Random.Shuffle(regulars).Take(faker.Random.Int(5, 12)).ToList();
        if (participants.Count == 0)
        {
            return 0;
        }

        var start = faker.Day(roster.From, roster.From.AddDays((roster.Today.DayNumber - roster.From.DayNumber) / 2));
        var end = start.AddDays(faker.Random.Int(1, 4));
        var topic = faker.PickRandom(TopicCatalogue.Current.Topics.Where(t => t.Sector == "keterampilan" && t.Active).ToList());
        var training = await commands.SendAsync(new StartTraining(posyandu, new StartTraining.Body(
            $"Pelatihan {topic.Name.ToLowerInvariant()}", topic.Code, faker.PickRandom(SharedKernel.Security.Roles.Social, SharedKernel.Security.Roles.GeneralEducation), start, end)), ct);
        foreach (var trainee in participants)
        {
            await commands.SendAsync(new EnrolTrainee(training.Id, new EnrolTrainee.Body(trainee.Id)), ct);
            var completed = model.Completes();
            var on = end <= roster.Today ? end : roster.Today;
            await commands.SendAsync(new RecordTrainingCompletion(training.Id, trainee.Id, new RecordTrainingCompletion.Body(completed, on), roster.Today), ct);
            var visit = on.AddDays(faker.Random.Int(60, 120));
            if (completed && model.FollowUp() is { } outcome && visit <= roster.Today)
            {
                await commands.SendAsync(new RecordTrainingFollowUp(training.Id, trainee.Id, new RecordTrainingFollowUp.Body(outcome, visit, null), roster.Today), ct);
            }
        }

        return participants.Count;
    }

    private static string Materials(ActivityMethod method) => method switch
    {
        ActivityMethod.Demonstrasi => "Alat peraga dan bahan praktik",
        ActivityMethod.Diskusi => "Lembar balik dan kartu diskusi",
        _ => "Leaflet dan lembar balik",
    };

    /// <summary>The module's Posyandu (its copy of the registry's) by village, in code order: one per village in the synthetic data.</summary>
    private static async Task<List<(string Village, Guid Posyandu)>> PosyanduByVillageAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GeneralEducationDbContext>();
        var sites = await db.Posyandu.IgnoreQueryFilters().AsNoTracking().Where(p => p.Active).Select(p => new { p.RegionCode, p.PosyanduId }).ToListAsync(ct);
        return sites.GroupBy(p => p.RegionCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(p => p.PosyanduId).Order().First())).ToList();
    }
}
