"""A text in another script without a Language field -> its page's section says its language."""

from __future__ import annotations

import pytest

from tests.site.conftest import parse
from tests.conftest import build_sources

RUSSIAN = ("Запись беседы А.И. Микояна с Ф. Кастро, 6 ноября 1962 года\n\n"
           "Мы изучили ваши предложения. Мы не против протокола, но мы против любой инспекции на "
           "территории Кубы. Это вопрос нашего достоинства.\n\n"
           "[Source: Archive of Foreign Policy of the Russian Federation, f. 0104.]\n")
UKRAINIAN = ("Запис розмови з послом, 7 листопада 1962 року\n\n"
             "Ми вивчили ваші пропозиції. Ми не проти протоколу, але ми проти будь-якої інспекції "
             "на території Куби. Це питання нашої гідності.\n\n"
             "[Source: Central State Archive of Public Organisations of Ukraine, f. 1.]\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build_sources(tmp_path_factory.mktemp("scripts"),
                         {"zapis-ru.txt": RUSSIAN, "zapys-uk.txt": UKRAINIAN})


@pytest.mark.parametrize("name, lang", [("zapis-ru", "ru"), ("zapys-uk", "und")])
def test_the_text_is_declared_in_its_language_or_in_none_never_english(site, name, lang):
    """Session 22 (r8, S4): the Russian record's page declared its text English."""
    tree = parse(site / "documents" / f"{name}.html")
    assert tree.get("lang") == "en"                      # the page's own words are English
    assert tree.xpath("//section[@class='text-section']/@lang") == [lang]
    assert tree.xpath("//section[@class='text-section']/h2/@lang") == ["en"]
    assert tree.xpath("//meta[@name='citation_language']/@content") == [lang]
