using System.Globalization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Health.Contracts;
using Posyandu.SharedKernel.Messaging;
using Posyandu.SharedKernel.Modules;
using Posyandu.SharedKernel.Persistence;

namespace Posyandu.Health.Tests.LifeCycle;

/// <summary>
/// A test-only consumer of Health's life-cycle events, standing in for the DPMD report: it keeps one row per event
/// received, with the facts a report would read — as it deserialised them from the outbox.
/// </summary>
public sealed class LifeCycleListenerModule : IModule
{
    public string Name => "ilplistener";

    public string Title => "Test listener of Health's life-cycle events";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<LifeCycleListenerDbContext, LifeCycleListenerDbContext, LifeCycleListenerDbContext>(configuration, Name);

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
    }
}

public sealed class SeenEvent
{
    public long Id { get; set; }

    public string Kind { get; set; } = "";

    public Guid SubjectId { get; set; }

    public string Facts { get; set; } = "";
}

public sealed class LifeCycleListenerDbContext(DbContextOptions<LifeCycleListenerDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "ilplistener";

    public DbSet<SeenEvent> Seen => Set<SeenEvent>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<SeenEvent>().ToTable("seen_events");
}

public sealed class LifeCycleEventsSeen(LifeCycleListenerDbContext db) :
    IIntegrationEventHandler<PregnancyRegistered>,
    IIntegrationEventHandler<AntenatalCheckRecorded>,
    IIntegrationEventHandler<PregnancyClosed>,
    IIntegrationEventHandler<ScreeningRecorded>,
    IIntegrationEventHandler<ReferralIssued>,
    IIntegrationEventHandler<ReferralClosed>
{
    public Task HandleAsync(PregnancyRegistered e, IntegrationEventContext context, CancellationToken ct) =>
        Seen(nameof(PregnancyRegistered), e.PregnancyId, $"{e.Period} {e.RegisteredOn:yyyy-MM-dd} weeks={e.GestationalWeeks} due={e.EstimatedDueDate:yyyy-MM-dd} kek={e.KekRisk} age={e.AgeRisk}");

    public Task HandleAsync(AntenatalCheckRecorded e, IntegrationEventContext context, CancellationToken ct) =>
        Seen(nameof(AntenatalCheckRecorded), e.PregnancyId, $"{e.Period} weeks={e.GestationalWeeks} kek={e.KekRisk} anaemia={e.Anaemia} hypertension={e.Hypertension} ttd={e.IronTabletsGiven}");

    public Task HandleAsync(PregnancyClosed e, IntegrationEventContext context, CancellationToken ct) =>
        Seen(nameof(PregnancyClosed), e.PregnancyId, $"{e.Period} {e.Outcome} {e.EndedOn:yyyy-MM-dd}");

    public Task HandleAsync(ScreeningRecorded e, IntegrationEventContext context, CancellationToken ct) =>
        Seen(nameof(ScreeningRecorded), e.ResidentId, $"{e.Period} {e.LifeStage} {e.Sex} {e.AgeYears} hypertension={e.Hypertension} obesity={e.Obesity} central={e.CentralObesity} diabetes={e.DiabetesSuspicion}");

    public Task HandleAsync(ReferralIssued e, IntegrationEventContext context, CancellationToken ct) =>
        Seen(nameof(ReferralIssued), e.ReferralId, $"{e.Period} {e.ReasonCode} {e.RegionCode}");

    public Task HandleAsync(ReferralClosed e, IntegrationEventContext context, CancellationToken ct) =>
        Seen(nameof(ReferralClosed), e.ReferralId, $"{e.Period} {e.Outcome} arrived={e.Arrived}");

    private Task Seen(string kind, Guid subject, FormattableString facts)
    {
        db.Seen.Add(new SeenEvent { Kind = kind, SubjectId = subject, Facts = facts.ToString(CultureInfo.InvariantCulture) });
        return Task.CompletedTask;
    }
}
