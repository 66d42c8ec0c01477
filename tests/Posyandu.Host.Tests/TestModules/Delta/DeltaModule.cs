using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.SharedKernel.Persistence;
using Posyandu.SharedKernel.Security;
using Posyandu.SharedKernel.ServiceRequests;

namespace Posyandu.Host.Tests.TestModules.Delta;

/// <summary>A test sector module whose only feature is the shared service-request machinery (acted on by the housing OPD).</summary>
public sealed class DeltaModule() : TestModule<DeltaDbContext>("delta")
{
    public static readonly ServiceRequestType Rehab = new("rtlh-rehab", "Rehabilitasi rumah tidak layak huni", [DocumentKinds.Ktp, DocumentKinds.HousePhotoFront]);

    public static readonly ServiceRequestType Water = new("clean-water", "Sambungan air bersih", [])
    {
        StepLimits = new Dictionary<ServiceRequestStatus, int> { [ServiceRequestStatus.Diajukan] = 3 },
    };

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        base.AddServices(services, configuration);
        services.AddServiceRequests(configuration, Name, Roles.Housing, Rehab, Water);
        services.AddSingleton<IServiceRequestSubjects, DeltaSubjects>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder group) => group.MapServiceRequests(Name);
}

public sealed class DeltaDbContext(DbContextOptions<DeltaDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => "delta";

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.AddServiceRequests();
}

/// <summary>Knows every resident except <see cref="Unknown"/>: enough to see the hook refuse a request.</summary>
public sealed class DeltaSubjects : IServiceRequestSubjects
{
    public static readonly Guid Unknown = Guid.Parse("00000000-0000-0000-0000-00000000dead");

    public string Module => "delta";

    public Task<string?> CheckAsync(Guid? residentId, Guid? householdId, Guid posyanduId, CancellationToken cancellationToken) =>
        Task.FromResult(residentId == Unknown ? "The resident is not registered at this Posyandu." : null);
}
