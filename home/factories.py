import wagtail_factories

from .models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "Together for equitable schools"
    hero_intro = "A coalition of organizations and people working on policy together."

    class Meta:
        model = HomePage
