using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Posyandu.Social.Features.Catalogues;
using Posyandu.Social.Features.LeftOut;
using Posyandu.Social.Features.Persons;
using Posyandu.Social.Features.Ppks;
using Posyandu.Social.Features.Report;
using Posyandu.Social.Features.Welfare;
using Posyandu.Social.ServiceRequests;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Social;

/// <summary>
/// Dinas Sosial's module: the PPKS register (Permensos 08/2012) and persons with disability (UU 8/2016), households'
/// DTSEN status, assistance programmes and proposals, the cross-sector "who is left out" worklist built from the other
/// sectors' events, the sector's service requests and monthly report — on its own projection of the registry's
/// households, residents and Posyandu.
/// </summary>
public sealed class SocialModule : IModule
{
    public const string ModuleName = "social";

    /// <summary>The OPD's role in tokens.</summary>
    public const string OpdRole = Roles.Social;

    public string Name => ModuleName;

    public string Title => "Social (Dinas Sosial)";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SocialDbContext, SocialSqliteDbContext, SocialSqlServerDbContext>(configuration, ModuleName);
        services.AddServiceRequests(configuration, ModuleName, Roles.Social, [.. SocialServiceRequests.All]);
        services.AddScoped<IServiceRequestSubjects, SocialSubjects>();
        services.AddSingleton<Posyandu.SharedKernel.Messaging.IReadModelReset, Subscriptions.SocialReadModelReset>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapGetCatalogue();
        group.MapIdentifyPpks();
        group.MapMovePpksCase();
        group.MapGetPpksCase();
        group.MapListPpksCases();
        group.MapRecordDisability();
        group.MapGetPersonRecord();
        group.MapCheckDtsen();
        group.MapStartAssistance();
        group.MapEndAssistance();
        group.MapSubmitProposal();
        group.MapDecideProposal();
        group.MapGetWelfareRecord();
        group.MapListLeftOut();
        group.MapGetSocialReport();
        group.MapServiceRequests(ModuleName);
    }
}
