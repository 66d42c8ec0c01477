using Posyandu.Education;
using Posyandu.GeneralEducation;
using Posyandu.Health;
using Posyandu.Housing;
using Posyandu.Identity;
using Posyandu.Registry;
using Posyandu.Reporting;
using Posyandu.Social;
using Posyandu.PublicWorks;
using Posyandu.Trantibumlinmas;
using Posyandu.SharedKernel.Modules;

namespace Posyandu.Host.Hosting;

/// <summary>The modules this host runs. Adding a module is one line here plus the module's own folder.</summary>
public static class PosyanduModules
{
    public static ModuleCatalog All() => new ModuleCatalog()
        .Add(new RegistryModule())
        .Add(new HealthModule())
        .Add(new EducationModule())
        .Add(new HousingModule())
        .Add(new IdentityModule())
        .Add(new SocialModule())
        .Add(new GeneralEducationModule())
        .Add(new PublicWorksModule())
        .Add(new TrantibumlinmasModule())
        .Add(new ReportingModule());
}
