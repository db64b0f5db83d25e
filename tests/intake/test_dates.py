"""Publication dates: datelines, labels, URLs; ambiguous forms give None."""

from __future__ import annotations

import pytest

from kizuna.intake.dates import labelled_date, normalise_date, parse_date, url_date


@pytest.mark.parametrize(("text", "expected"), [
    ("November 07, 2023 | 10:26", "2023-11-07"),
    ("(China Daily 03/20/2012 page11)", "2012-03-20"),
    ("Date:2021-11-07 08:40:54", "2021-11-07"),
    ("Published: 2023-05-18", "2023-05-18"),
    ("时间:2022-08-08 04:43:27", "2022-08-08"),
    ("2022年8月8日", "2022-08-08"),
    ("Posted on August 29, 2024", "2024-08-29"),
    ("(Xinhua) 15:02, July 10, 2024", "2024-07-10"),
    ("22 May 2023", "2023-05-22"),
    ("Sept. 3, 2020", "2020-09-03"),
    ("Updated 2-21-2014", "2014-02-21"),
    ("11:06:27 AM | 7/8/2013", None),   # July 8 or 7 August: refuse
    ("2019-02-30", None),                # not a day
    ("Oct. 31 (Yonhap)", None),          # no year
    ("2999-01-01", None),                # future
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_labelled_date_needs_a_label_near_the_start():
    assert labelled_date(" date 2024-04-16 On Monday, Busan Mayor Park received ...") == "2024-04-16"
    assert labelled_date("Source:          Time: 2017-07-25 19:07:00") == "2017-07-25"
    assert labelled_date("The mayors met on 2017-07-25 in Busan.") is None


@pytest.mark.parametrize(("url", "expected"), [
    ("http://subsites.chinadaily.com.cn/ezhejiang/2018-09/04/c_395563.htm", "2018-09-04"),
    ("http://wb.jl.gov.cn/en/photonews/201707/t20170725_3297648.html", "2017-07-25"),
    ("https://www.japantimes.co.jp/news/2024/02/07/japan/tokyo-taipei-cooperation/", "2024-02-07"),
    ("https://example.org/2019/11/", None),  # month only
    ("https://example.org/story", None),
    (None, None),
])
def test_url_date(url, expected):
    assert url_date(url) == expected


def test_normalise_record_dates():
    assert normalise_date("2017-07-25") == "2017-07-25"
    assert normalise_date("2023-06-15T09:00:00+09:00") == "2023-06-15"
    assert normalise_date(None) is None
    assert normalise_date("soon") is None
