using Posyandu.Housing.Features.Assessments;
using Posyandu.Housing.Features.Rehabilitations;
using Posyandu.Housing.Persistence;
using Posyandu.SharedKernel.Synthetic;

namespace Posyandu.Housing.Synthetic;

/// <summary>Housing's records through Housing's own commands: RTLH assessments of the households' houses (AssessHouse) and rehabilitations of some RTLH houses (StartRehabilitation, CompleteRehabilitation).</summary>
internal sealed class HousingWriter : ISectorWriter
{
    public string Module => "housing";

    public int Stream => 3;

    public async Task<IReadOnlyList<(string Kind, long Count)>> WriteAsync(SectorWriting writing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writing);
        var (services, faker, roster, progress) = (writing.Services, writing.Faker, writing.Roster, writing.Progress);
        var model = new HousingModel(faker);
        var (assessed, rtlh, rehabilitations, completed) = (0L, 0L, 0L, 0L);
        var bar = progress("housing: households", roster.Households.Count);
        await using var commands = new CommandBatch<HousingDbContext>(services);
        foreach (var household in roster.Households)
        {
            if (model.Assessment(household, roster.From, roster.Today) is { } survey)
            {
                var h = survey.House;
                var assessment = await commands.SendAsync(new AssessHouse
                {
                    HouseholdId = household.Id, Today = roster.Today, AssessedOn = survey.On,
                    Foundation = h.Foundation, ColumnsAndBeams = h.ColumnsAndBeams, RoofStructure = h.RoofStructure,
                    RoofMaterial = h.RoofMaterial, WallMaterial = h.WallMaterial, FloorMaterial = h.FloorMaterial,
                    FloorAreaM2 = h.FloorAreaM2, Occupants = h.Occupants,
                    AdequateNaturalLighting = h.AdequateNaturalLighting, AdequateVentilation = h.AdequateVentilation, Water = h.Water, Latrine = h.Latrine,
                }, ct);
                assessed++;
                if (assessment.IsRtlh)
                {
                    rtlh++;
                    if (model.Rehabilitation(survey.On, roster.Today) is { } works)
                    {
                        var started = await commands.SendAsync(new StartRehabilitation(household.Id, works.StartedOn, works.Programme, works.BudgetRupiah, null, roster.Today), ct);
                        rehabilitations++;
                        if (works.CompletedOn is { } on)
                        {
                            await commands.SendAsync(new CompleteRehabilitation(started.Id, on, works.FinalCostRupiah, roster.Today), ct);
                            completed++;
                        }
                    }
                }
            }

            bar.Advance();
        }

        await commands.CommitAsync(ct);
        bar.Finish();
        return [("house assessments", assessed), ("of them RTLH", rtlh), ("rehabilitations", rehabilitations), ("of them completed", completed)];
    }
}
