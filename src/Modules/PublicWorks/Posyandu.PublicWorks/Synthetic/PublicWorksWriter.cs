using Posyandu.PublicWorks.Features.Surveys;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.PublicWorks.Synthetic;

/// <summary>
/// Dinas PU's records through its own command: water and sanitation surveys (RecordSurvey) of about 80 % of households
/// — always the first household of each village, so every village's card has figures — dated before this month, and a
/// later re-survey of one surveyed household in seven.
/// </summary>
internal sealed class PublicWorksWriter : ISectorWriter
{
    public string Module => PublicWorksModule.ModuleName;

    public int Stream => 5;

    public async Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(SectorWriting writing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writing);
        var (services, faker, roster, progress) = (writing.Services, writing.Faker, writing.Roster, writing.Progress);
        var model = new PublicWorksModel(faker);
        var (surveys, resurveys, waterLayak, sanitationLayak, openDefecation) = (0L, 0L, 0L, 0L, 0L);
        var villages = new HashSet<string>(StringComparer.Ordinal);
        // Before this month: last month, a whole one, shows every surveyed household.
        var lastSurveyDay = roster.Today.AddDays(-35) < roster.From ? roster.From : roster.Today.AddDays(-35);
        var bar = progress("publicworks: households", roster.Households.Count);
        await using var commands = new CommandBatch<PublicWorksDbContext>(services);
        foreach (var household in roster.Households)
        {
            if (villages.Add(household.Village) || faker.Random.Bool(0.8f))
            {
                var on = faker.Day(roster.From, lastSurveyDay);
                var survey = await commands.SendAsync(new RecordSurvey(household.Id, model.Survey(household, on), roster.Today), ct);
                surveys++;
                if (faker.Random.Bool(1f / 7) && on.AddDays(60) < roster.Today)
                {
                    survey = await commands.SendAsync(new RecordSurvey(household.Id, model.Survey(household, faker.Day(on.AddDays(60), roster.Today)), roster.Today), ct);
                    resurveys++;
                }

                waterLayak += survey.WaterLayak ? 1 : 0;
                sanitationLayak += survey.SanitationLayak ? 1 : 0;
                openDefecation += survey.OpenDefecation ? 1 : 0;
            }

            bar.Advance();
        }

        await commands.CommitAsync(ct);
        bar.Finish();
        return [("water and sanitation surveys", surveys + resurveys), ("of them re-surveys", resurveys),
            ("of them with layak water", waterLayak), ("of them with layak sanitation", sanitationLayak), ("of them practising open defecation", openDefecation)];
    }
}
